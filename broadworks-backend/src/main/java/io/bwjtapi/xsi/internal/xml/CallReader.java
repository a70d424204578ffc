package io.bwjtapi.xsi.internal.xml;

import io.bwjtapi.xsi.model.AcdCallInfo;
import io.bwjtapi.xsi.model.Call;
import io.bwjtapi.xsi.model.CallBuilder;
import io.bwjtapi.xsi.model.CallState;
import io.bwjtapi.xsi.model.Endpoint;
import io.bwjtapi.xsi.model.EndpointType;
import io.bwjtapi.xsi.model.InternalReleaseCause;
import io.bwjtapi.xsi.model.PartyInfo;
import io.bwjtapi.xsi.model.Personality;
import io.bwjtapi.xsi.model.RecallType;
import io.bwjtapi.xsi.model.RecordingState;
import io.bwjtapi.xsi.model.Redirect;
import io.bwjtapi.xsi.model.RedirectReason;
import io.bwjtapi.xsi.model.Redirection;
import io.bwjtapi.xsi.model.ReleaseCause;
import io.bwjtapi.xsi.model.ReleasingParty;
import io.bwjtapi.xsi.model.XsiAddress;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/** Reads the XSD {@code Call} element and the types nested in it straight into the immutable model. */
public final class CallReader {

    private CallReader() {
    }

    /**
     * Reads a {@code Call} element.
     *
     * @param c a cursor on the element's start tag
     * @return the call
     * @throws XMLStreamException when the element is malformed or lacks callId/extTrackingId
     */
    public static Call read(XmlCursor c) throws XMLStreamException {
        CallBuilder b = Call.builder(null, null);
        while (c.nextChild()) {
            readPart(c, b);
        }
        try {
            return b.build();
        } catch (NullPointerException e) {
            throw new XMLStreamException("a call lacks " + e.getMessage());
        }
    }

    /**
     * Reads a list of {@code call} children (XSD {@code CallList}).
     *
     * @param c a cursor on the list's start tag
     * @return the calls, in document order
     * @throws XMLStreamException when a call is malformed
     */
    public static List<Call> readList(XmlCursor c) throws XMLStreamException {
        List<Call> calls = new ArrayList<>(2);
        while (c.nextChild()) {
            if ("call".equals(c.name())) {
                calls.add(read(c));
            } else {
                c.skip();
            }
        }
        return calls;
    }

    private static void readPart(XmlCursor c, CallBuilder b) throws XMLStreamException {
        switch (c.name()) {
            case "callId": b.callId(c.text()); break;
            case "extTrackingId": b.extTrackingId(c.text()); break;
            case "networkCallId": b.networkCallId(c.text()); break;
            case "personality": b.personality(Personality.fromWire(c.text())); break;
            case "state": b.state(CallState.fromWire(c.text())); break;
            case "releaseCause": b.releaseCause(releaseCause(c)); break;
            case "releasingParty": b.releasingParty(ReleasingParty.fromWire(c.text())); break;
            case "remoteParty": b.remoteParty(PartyReader.read(c)); break;
            case "redirections": readRedirections(c, b); break;
            case "redirect": b.redirect(redirect(c)); break;
            case "endpoint": b.endpoint(endpoint(c)); break;
            case "appearance": b.appearance(c.intValue()); break;
            case "allowAnswer": c.skip(); b.allowAnswer(true); break;
            case "allowRetrieve": c.skip(); b.allowRetrieve(true); break;
            case "huntGroupUserId": b.huntGroupUserId(c.text()); break;
            case "diversionInhibited": c.skip(); b.diversionInhibited(true); break;
            case "recallType": b.recallType(RecallType.fromWire(c.text())); break;
            case "startTime": b.startTime(c.longValue()); break;
            case "answerTime": b.answerTime(c.longValue()); break;
            case "heldTime": b.heldTime(c.longValue()); break;
            case "totalHeldTime": b.totalHeldTime(c.longValue()); break;
            case "detachedTime": b.detachedTime(c.longValue()); break;
            case "releaseTime": b.releaseTime(c.longValue()); break;
            case "acdCallInfo": b.acdCallInfo(acdCallInfo(c)); break;
            case "recorded": c.skip(); b.recorded(true); break;
            case "recordingState": b.recordingState(RecordingState.fromWire(c.text())); break;
            case "executiveUserId": b.executiveUserId(c.text()); break;
            case "recallFromParty": b.recallFromParty(PartyReader.read(c)); break;
            case "securityClassification": b.securityClassification(c.text()); break;
            default: c.skip();
        }
    }

    private static ReleaseCause releaseCause(XmlCursor c) throws XMLStreamException {
        InternalReleaseCause internal = InternalReleaseCause.UNRECOGNIZED;
        String q850 = null;
        String sip = null;
        String cdr = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "internalReleaseCause": internal = InternalReleaseCause.fromWire(c.text()); break;
                case "q850Cause": q850 = c.text(); break;
                case "sipStatus": sip = c.text(); break;
                case "cdrTerminationCause": cdr = c.text(); break;
                default: c.skip();
            }
        }
        return new ReleaseCause(internal, q850, sip, cdr);
    }

    private static void readRedirections(XmlCursor c, CallBuilder b) throws XMLStreamException {
        while (c.nextChild()) {
            if (!"redirection".equals(c.name())) {
                c.skip();
                continue;
            }
            PartyInfo party = null;
            RedirectReason reason = null;
            Integer counter = null;
            while (c.nextChild()) {
                switch (c.name()) {
                    case "party": party = PartyReader.read(c); break;
                    case "reason": reason = RedirectReason.fromWire(c.text()); break;
                    case "counter": counter = c.intValue(); break;
                    default: c.skip();
                }
            }
            b.addRedirection(new Redirection(party, reason, counter));
        }
    }

    private static Redirect redirect(XmlCursor c) throws XMLStreamException {
        XsiAddress address = null;
        RedirectReason reason = RedirectReason.UNRECOGNIZED;
        long time = 0;
        while (c.nextChild()) {
            switch (c.name()) {
                case "address": address = PartyReader.address(c); break;
                case "reason": reason = RedirectReason.fromWire(c.text()); break;
                case "redirectTime": time = c.longValue(); break;
                default: c.skip();
            }
        }
        return new Redirect(address, reason, time);
    }

    /**
     * Reads an {@code endpoint} element, whose concrete type is named by its {@code xsi1:type}.
     *
     * @param c a cursor on the element's start tag
     * @return the endpoint
     * @throws XMLStreamException when the element is malformed
     */
    public static Endpoint endpoint(XmlCursor c) throws XMLStreamException {
        String typeName = c.xsiType();
        EndpointType type = EndpointType.fromWire(typeName);
        String addressOfRecord = null;
        XsiAddress address = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "addressOfRecord": addressOfRecord = c.text(); break;
                case "address": address = PartyReader.address(c); break;
                default: c.skip();
            }
        }
        if (type == EndpointType.ACCESS || (typeName == null && addressOfRecord != null)) {
            if (addressOfRecord == null) {
                throw new XMLStreamException("an AccessEndpoint lacks its addressOfRecord");
            }
            return Endpoint.access(addressOfRecord);
        }
        return Endpoint.network(type, address);
    }

    private static AcdCallInfo acdCallInfo(XmlCursor c) throws XMLStreamException {
        String userId = null;
        String name = null;
        XsiAddress number = null;
        int inQueue = 0;
        int wait = 0;
        Integer longest = null;
        PartyInfo caller = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "acdUserId": userId = c.text(); break;
                case "acdName": name = c.text(); break;
                case "acdNumber": number = PartyReader.address(c); break;
                case "numCallsInQueue": inQueue = c.intValue(); break;
                case "waitTime": wait = c.intValue(); break;
                case "longestWaitTime": longest = c.intValue(); break;
                case "callingPartyInfo": caller = PartyReader.read(c); break;
                default: c.skip();
            }
        }
        return new AcdCallInfo(userId, name, number, inQueue, wait, longest, caller);
    }
}
