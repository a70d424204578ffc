package io.bwjtapi.simulator.engine;

import io.bwjtapi.simulator.model.PartyInfo;
import io.bwjtapi.simulator.model.SimUser;

/** Who owns a call half: a BroadWorks user, or an external number simulated by the network. */
final class Party {
    static final String COUNTRY_CODE = "1";

    private final SimUser user;
    private final String number;

    private Party(SimUser user, String number) {
        this.user = user;
        this.number = number;
    }

    static Party of(SimUser user) {
        return new Party(user, null);
    }

    static Party external(String number) {
        return new Party(null, number);
    }

    boolean isExternal() {
        return user == null;
    }

    /** Returns the user, or {@code null} for an external party. */
    SimUser user() {
        return user;
    }

    /** Returns the userId of a user or the number of an external party. */
    String key() {
        return user != null ? user.userId() : number;
    }

    /** Returns how this party appears to the other side of a call. */
    PartyInfo info() {
        return user != null ? PartyInfo.of(user, COUNTRY_CODE) : PartyInfo.external(number);
    }

    @Override
    public String toString() {
        return key();
    }
}
