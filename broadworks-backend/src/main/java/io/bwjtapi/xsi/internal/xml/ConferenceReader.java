package io.bwjtapi.xsi.internal.xml;

import io.bwjtapi.xsi.model.Conference;
import io.bwjtapi.xsi.model.ConferenceParticipant;
import io.bwjtapi.xsi.model.ConferenceState;
import io.bwjtapi.xsi.model.ConferenceType;
import io.bwjtapi.xsi.model.Endpoint;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/** Reads the XSD {@code Conference} element. */
final class ConferenceReader {

    private ConferenceReader() {
    }

    static Conference read(XmlCursor c) throws XMLStreamException {
        ConferenceState state = null;
        Endpoint endpoint = null;
        Integer appearance = null;
        boolean muted = false;
        ConferenceType type = null;
        List<ConferenceParticipant> participants = new ArrayList<>(3);
        while (c.nextChild()) {
            switch (c.name()) {
                case "state": state = ConferenceState.fromWire(c.text()); break;
                case "endpoint": endpoint = CallReader.endpoint(c); break;
                case "appearance": appearance = c.intValue(); break;
                case "muted": c.skip(); muted = true; break;
                case "conferenceType": type = ConferenceType.fromWire(c.text()); break;
                case "conferenceParticipantList": readParticipants(c, participants); break;
                default: c.skip();
            }
        }
        return new Conference(state, endpoint, appearance, muted, type, participants);
    }

    private static void readParticipants(XmlCursor c, List<ConferenceParticipant> into) throws XMLStreamException {
        while (c.nextChild()) {
            if (!"conferenceParticipant".equals(c.name())) {
                c.skip();
                continue;
            }
            String callId = null;
            boolean muted = false;
            boolean deaf = false;
            while (c.nextChild()) {
                switch (c.name()) {
                    case "callId": callId = c.text(); break;
                    case "muted": c.skip(); muted = true; break;
                    case "deaf": c.skip(); deaf = true; break;
                    default: c.skip();
                }
            }
            if (callId == null) {
                throw new XMLStreamException("a conferenceParticipant lacks its callId");
            }
            into.add(new ConferenceParticipant(callId, muted, deaf));
        }
    }
}
