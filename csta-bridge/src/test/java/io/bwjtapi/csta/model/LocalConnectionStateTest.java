package io.bwjtapi.csta.model;

import static io.bwjtapi.csta.model.LocalConnectionState.ALERTING;
import static io.bwjtapi.csta.model.LocalConnectionState.CONNECTED;
import static io.bwjtapi.csta.model.LocalConnectionState.HOLD;
import static io.bwjtapi.csta.model.LocalConnectionState.NULL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.bwjtapi.xsi.model.CallState;
import io.bwjtapi.xsi.model.CallType;
import io.bwjtapi.xsi.model.PartyInfo;
import io.bwjtapi.xsi.model.Personality;
import io.bwjtapi.xsi.model.XsiAddress;
import org.junit.jupiter.api.Test;

/** How BroadWorks states and parties become CSTA local states and devices. */
class LocalConnectionStateTest {

    @Test
    void xsiStatesMapToTheUsersOwnLocalState() {
        assertEquals(ALERTING, LocalConnectionState.fromXsi(CallState.ALERTING, Personality.TERMINATOR));
        assertEquals(ALERTING, LocalConnectionState.fromXsi(CallState.ALERTING, Personality.CLICK_TO_DIAL));
        assertEquals(CONNECTED, LocalConnectionState.fromXsi(CallState.ALERTING, Personality.ORIGINATOR));
        assertEquals(CONNECTED, LocalConnectionState.fromXsi(CallState.ACTIVE, Personality.TERMINATOR));
        assertEquals(CONNECTED, LocalConnectionState.fromXsi(CallState.REMOTE_HELD, Personality.ORIGINATOR));
        assertEquals(HOLD, LocalConnectionState.fromXsi(CallState.HELD, Personality.ORIGINATOR));
        assertEquals(NULL, LocalConnectionState.fromXsi(CallState.DETACHED, Personality.TERMINATOR));
        assertEquals(NULL, LocalConnectionState.fromXsi(CallState.RELEASED, Personality.TERMINATOR));
        assertNull(LocalConnectionState.fromXsi(CallState.UNRECOGNIZED, Personality.TERMINATOR));
        assertEquals("connected", CONNECTED.wireName());
    }

    @Test
    void aPartyIsNamedByUserIdElseAddressElseDnElseTheGivenKey() {
        XsiAddress tel = XsiAddress.of("tel:1002");
        XsiAddress dn = XsiAddress.of("tel:+15550101002;ext=1002");
        assertEquals("b@t", Party.of(new PartyInfo(null, tel, "b@t", dn, false, CallType.GROUP), "k").device().value());
        assertEquals("tel:1002", Party.of(new PartyInfo(null, tel, null, dn, false, null), "k").device().value());
        assertEquals(dn.uri(), Party.of(new PartyInfo(null, null, null, dn, false, null), "k").device().value());
        assertEquals("k", Party.of(PartyInfo.EMPTY, "k").device().value());
    }

    @Test
    void networkPartiesAreThoseOutsideTheGroupAndEnterprise() {
        XsiAddress tel = XsiAddress.of("tel:+4940");
        assertEquals(true, Party.of(new PartyInfo(null, tel, null, null, false, CallType.NETWORK), "k").isNetwork());
        assertEquals(false, Party.of(new PartyInfo(null, tel, null, null, false, CallType.GROUP), "k").isNetwork());
    }
}
