package io.bwjtapi.csta.internal;

import io.bwjtapi.csta.model.CallParties;
import io.bwjtapi.csta.model.LegRef;
import io.bwjtapi.csta.model.LocalConnectionState;
import io.bwjtapi.csta.model.Party;
import io.bwjtapi.xsi.model.Call;
import io.bwjtapi.xsi.model.PartyInfo;
import io.bwjtapi.xsi.model.Personality;
import io.bwjtapi.xsi.model.Redirection;
import java.util.List;
import java.util.Optional;

/**
 * What a monitored call half says about the other parties: the remote party's connection as the half sees
 * it, and the call's calling, called and last redirected parties.
 */
final class RemoteParties {
    /** The remote party's connection as one half implies it. */
    static final class Remote {
        final Party party;
        final LocalConnectionState state;
        /** Whether the remote party is the called one (the half placed the call). */
        final boolean called;

        Remote(Party party, LocalConnectionState state, boolean called) {
            this.party = party;
            this.state = state;
            this.called = called;
        }
    }

    private RemoteParties() {
    }

    /**
     * Derives the remote party's connection from a half: a terminator's caller is connected, an originator's
     * unanswered destination alerts, either side of an answered call is connected, and the party that put
     * this half on hold (Remote Held) holds. None while a click-to-dial rings the user or digits are
     * collected. A failed half's destination fails.
     */
    static Optional<Remote> of(LegRef owner, Call call, LocalConnectionState ownState, boolean failed) {
        if (ownState == LocalConnectionState.INITIATED) {
            return Optional.empty();
        }
        Party party = party(owner, call.remoteParty());
        if (party.device().equals(owner.device())) {
            return Optional.empty();
        }
        boolean called = call.personality() != Personality.TERMINATOR;
        LocalConnectionState state = stateOf(call);
        if (state == null) {
            return Optional.empty();
        }
        return Optional.of(new Remote(party, failed ? LocalConnectionState.FAIL : state, called));
    }

    private static LocalConnectionState stateOf(Call call) {
        switch (call.state()) {
            case ALERTING:
                if (call.personality() == Personality.TERMINATOR) {
                    return LocalConnectionState.CONNECTED;
                }
                return call.personality() == Personality.ORIGINATOR ? LocalConnectionState.ALERTING : null;
            case ACTIVE:
            case HELD:
                return LocalConnectionState.CONNECTED;
            case REMOTE_HELD:
                return LocalConnectionState.HOLD;
            default:
                return null;
        }
    }

    /** The calling, called and last redirected parties one half describes. */
    static CallParties partiesOf(LegRef owner, Call call) {
        Party self = Party.user(owner.device());
        Party remote = party(owner, call.remoteParty());
        if (call.personality() != Personality.TERMINATOR) {
            return new CallParties(self, remote, null);
        }
        List<Redirection> redirections = call.redirections();
        if (redirections.isEmpty()) {
            return new CallParties(remote, self, null);
        }
        Party first = redirectingParty(owner, redirections.get(0));
        Party last = redirectingParty(owner, redirections.get(redirections.size() - 1));
        return new CallParties(remote, first != null ? first : self, last);
    }

    /** The remote party of a half; a party without any identity gets a device name unique to the half. */
    static Party party(LegRef owner, PartyInfo info) {
        boolean named = info.userId().isPresent() || info.address().isPresent() || info.userDn().isPresent();
        return Party.of(info, named ? null : "unknown:" + owner);
    }

    private static Party redirectingParty(LegRef owner, Redirection redirection) {
        return redirection.party().map(p -> party(owner, p)).orElse(null);
    }
}
