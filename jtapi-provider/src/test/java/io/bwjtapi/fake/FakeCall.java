package io.bwjtapi.fake;

import io.bwjtapi.provider.spi.CallUpdate;
import io.bwjtapi.provider.spi.ConnectionState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One call of the fake switch: its parties by address, and who called whom. */
final class FakeCall {
    final String id;
    final Map<String, FakeParty> parties = new LinkedHashMap<>();
    String calling;
    String called;
    String lastRedirected;

    FakeCall(String id) {
        this.id = id;
    }

    FakeParty party(String address) {
        FakeParty party = parties.get(address);
        if (party == null) {
            throw new IllegalArgumentException(address + " is not in " + id + " " + parties.keySet());
        }
        return party;
    }

    List<FakeParty> remaining() {
        List<FakeParty> list = new ArrayList<>();
        for (FakeParty p : parties.values()) {
            if (p.state != ConnectionState.DISCONNECTED) {
                list.add(p);
            }
        }
        return list;
    }

    CallUpdate update() {
        CallUpdate.Builder b = CallUpdate.builder(id).callingAddress(calling).calledAddress(called)
                .lastRedirectedAddress(lastRedirected);
        for (FakeParty p : parties.values()) {
            b.connection(p.update());
        }
        return b.build();
    }

    /** Forgets the parties that left, once they have been reported. */
    void prune() {
        parties.values().removeIf(p -> p.state == ConnectionState.DISCONNECTED);
    }
}
