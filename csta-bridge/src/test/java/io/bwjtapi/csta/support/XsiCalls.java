package io.bwjtapi.csta.support;

import io.bwjtapi.xsi.model.Call;
import io.bwjtapi.xsi.model.CallBuilder;
import io.bwjtapi.xsi.model.CallState;
import io.bwjtapi.xsi.model.CallType;
import io.bwjtapi.xsi.model.PartyInfo;
import io.bwjtapi.xsi.model.Personality;
import io.bwjtapi.xsi.model.XsiAddress;

/** Short-hands for backend {@link Call}s in tests: users of the group and external numbers as remote parties. */
public final class XsiCalls {
    private XsiCalls() {
    }

    /** A group user as remote party: userId {@code <name>@t}, address {@code tel:<name>}. */
    public static PartyInfo user(String name) {
        return new PartyInfo(name, XsiAddress.of("tel:" + name), userId(name), null, false, CallType.GROUP);
    }

    /** An external number as remote party. */
    public static PartyInfo external(String number) {
        return new PartyInfo(null, XsiAddress.of("tel:" + number), null, null, false, CallType.NETWORK);
    }

    public static String userId(String name) {
        return name + "@t";
    }

    /** A call half with the given identity, role, state and remote party. */
    public static Call call(String callId, String ext, Personality personality, CallState state, PartyInfo remote) {
        return builder(callId, ext, personality, state, remote).build();
    }

    public static CallBuilder builder(String callId, String ext, Personality personality, CallState state,
            PartyInfo remote) {
        return Call.builder(callId, ext).personality(personality).state(state).remoteParty(remote).startTime(1);
    }
}
