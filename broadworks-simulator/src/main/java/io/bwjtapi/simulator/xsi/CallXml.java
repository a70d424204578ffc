package io.bwjtapi.simulator.xsi;

import io.bwjtapi.simulator.model.CallSnapshot;
import io.bwjtapi.simulator.model.ConferenceSnapshot;
import io.bwjtapi.simulator.model.PartyInfo;
import io.bwjtapi.simulator.model.Redirection;

/** Writes the {@code Call}, {@code PartyInformation} and {@code Conference} contents in XSD sequence order. */
public final class CallXml {
    private CallXml() {
    }

    /** Writes the children of a {@code Call} element (the caller writes the element itself). */
    public static void callContent(XmlWriter w, CallSnapshot c) {
        w.leaf("callId", c.callId()).leaf("extTrackingId", c.extTrackingId())
                .leaf("personality", c.personality().wire()).leaf("state", c.state().wire());
        if (c.releaseCause() != null) {
            w.open("releaseCause").leaf("internalReleaseCause", c.releaseCause().wire())
                    .leaf("q850Cause", c.releaseCause().q850Cause()).leaf("sipStatus", c.releaseCause().sipStatus())
                    .close("releaseCause");
        }
        if (c.localRelease() != null) {
            w.leaf("releasingParty", c.localRelease() ? "localRelease" : "remoteRelease");
        }
        party(w, "remoteParty", c.remoteParty());
        if (!c.redirections().isEmpty()) {
            w.open("redirections");
            for (Redirection r : c.redirections()) {
                w.open("redirection");
                party(w, "party", r.party());
                w.leaf("reason", r.reason().wire()).leaf("counter", r.counter()).close("redirection");
            }
            w.close("redirections");
        }
        if (c.redirect() != null) {
            w.open("redirect").leaf("address", c.redirect().address()).leaf("reason", c.redirect().reason().wire())
                    .leaf("redirectTime", c.redirect().redirectTime()).close("redirect");
        }
        endpoint(w, c.endpoint());
        w.leaf("appearance", c.appearance());
        if (c.allowAnswer()) {
            w.empty("allowAnswer");
        }
        if (c.allowRetrieve()) {
            w.empty("allowRetrieve");
        }
        w.leaf("startTime", c.startTime()).leaf("answerTime", c.answerTime()).leaf("heldTime", c.heldTime())
                .leaf("totalHeldTime", c.totalHeldTime()).leaf("detachedTime", c.detachedTime())
                .leaf("releaseTime", c.releaseTime());
    }

    /** Writes a complete element of type {@code Call}. */
    public static void call(XmlWriter w, String element, CallSnapshot c) {
        w.open(element);
        callContent(w, c);
        w.close(element);
    }

    /** Writes an element of type {@code PartyInformation}; {@code remoteParty} is mandatory, so it is always written. */
    public static void party(XmlWriter w, String element, PartyInfo p) {
        w.open(element);
        if (p != null) {
            w.leaf("name", p.name()).leaf("address", p.address()).leaf("userId", p.userId());
            if (p.userDN() != null) {
                if (p.countryCode() != null) {
                    w.leaf("userDN", "countryCode", p.countryCode(), p.userDN());
                } else {
                    w.leaf("userDN", p.userDN());
                }
            }
            w.leaf("callType", p.callType());
        }
        w.close(element);
    }

    /** Writes an element of type {@code Conference}. */
    public static void conference(XmlWriter w, String element, ConferenceSnapshot c) {
        w.open(element);
        conferenceContent(w, c);
        w.close(element);
    }

    /** Writes the children of a {@code Conference} element. */
    public static void conferenceContent(XmlWriter w, ConferenceSnapshot c) {
        w.leaf("state", c.state());
        endpoint(w, c.endpoint());
        if (c.appearance() > 0) {
            w.leaf("appearance", c.appearance());
        }
        if (!c.participantCallIds().isEmpty()) {
            w.open("conferenceParticipantList");
            for (String callId : c.participantCallIds()) {
                w.open("conferenceParticipant").leaf("callId", callId).close("conferenceParticipant");
            }
            w.close("conferenceParticipantList");
        }
    }

    private static void endpoint(XmlWriter w, String addressOfRecord) {
        if (addressOfRecord != null) {
            w.openTyped("endpoint", "AccessEndpoint").leaf("addressOfRecord", addressOfRecord).close("endpoint");
        }
    }
}
