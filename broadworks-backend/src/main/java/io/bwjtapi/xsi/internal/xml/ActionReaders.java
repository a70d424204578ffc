package io.bwjtapi.xsi.internal.xml;

import io.bwjtapi.xsi.action.CallCenterAgentState;
import io.bwjtapi.xsi.action.CallReference;
import io.bwjtapi.xsi.action.CallStartInfo;
import io.bwjtapi.xsi.action.DirectoryEntry;
import io.bwjtapi.xsi.action.DirectoryPage;
import io.bwjtapi.xsi.model.AgentState;
import io.bwjtapi.xsi.model.HookStatus;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/** Parsers of Xsi-Actions response bodies, each handed a cursor on its root element. */
public final class ActionReaders {

    private ActionReaders() {
    }

    /**
     * Parses {@code CallStartInfo} (the calls/new answer).
     *
     * @param c a cursor on the root
     * @return the value
     * @throws XMLStreamException when callId or externalTrackingId is missing
     */
    public static CallStartInfo callStartInfo(XmlCursor c) throws XMLStreamException {
        String callId = null;
        String tracking = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "callId": callId = c.text(); break;
                case "externalTrackingId": tracking = c.text(); break;
                default: c.skip();
            }
        }
        if (callId == null || tracking == null) {
            throw new XMLStreamException("CallStartInfo lacks callId or externalTrackingId");
        }
        return new CallStartInfo(callId, tracking);
    }

    /**
     * Parses {@code Calls} (the call list).
     *
     * @param c a cursor on the root
     * @return the calls
     * @throws XMLStreamException when an entry lacks its callId
     */
    public static List<CallReference> calls(XmlCursor c) throws XMLStreamException {
        List<CallReference> calls = new ArrayList<>();
        while (c.nextChild()) {
            if (!"call".equals(c.name())) {
                c.skip();
                continue;
            }
            boolean inConference = Boolean.parseBoolean(c.attribute("inConference"));
            String callId = null;
            String uri = null;
            while (c.nextChild()) {
                switch (c.name()) {
                    case "callId": callId = c.text(); break;
                    case "uri": uri = c.text(); break;
                    default: c.skip();
                }
            }
            if (callId == null) {
                throw new XMLStreamException("a call entry lacks its callId");
            }
            calls.add(new CallReference(callId, uri, inConference));
        }
        return calls;
    }

    /**
     * Parses {@code HookStatus}.
     *
     * @param c a cursor on the root
     * @return the hook status
     * @throws XMLStreamException when it is missing
     */
    public static HookStatus hookStatus(XmlCursor c) throws XMLStreamException {
        HookStatus status = null;
        while (c.nextChild()) {
            if ("hookStatus".equals(c.name())) {
                status = HookStatus.fromWire(c.text());
            } else {
                c.skip();
            }
        }
        if (status == null) {
            throw new XMLStreamException("HookStatus lacks hookStatus");
        }
        return status;
    }

    /**
     * Parses a {@code Group} or {@code Enterprise} directory page.
     *
     * @param c a cursor on the root
     * @param listElement {@code groupDirectory} or {@code enterpriseDirectory}
     * @return the page
     * @throws XMLStreamException when an entry lacks its userId
     */
    public static DirectoryPage directory(XmlCursor c, String listElement) throws XMLStreamException {
        int start = 1;
        int count = 0;
        int total = 0;
        List<DirectoryEntry> entries = new ArrayList<>();
        while (c.nextChild()) {
            String name = c.name();
            if ("startIndex".equals(name)) {
                start = c.intValue();
            } else if ("numberOfRecords".equals(name)) {
                count = c.intValue();
            } else if ("totalAvailableRecords".equals(name)) {
                total = c.intValue();
            } else if (listElement.equals(name)) {
                while (c.nextChild()) {
                    if ("directoryDetails".equals(c.name())) {
                        entries.add(directoryEntry(c));
                    } else {
                        c.skip();
                    }
                }
            } else {
                c.skip();
            }
        }
        return new DirectoryPage(start, count, total, entries);
    }

    private static DirectoryEntry directoryEntry(XmlCursor c) throws XMLStreamException {
        String userId = null;
        String first = null;
        String last = null;
        String number = null;
        String extension = null;
        String group = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "userId": userId = c.text(); break;
                case "firstName": first = c.text(); break;
                case "lastName": last = c.text(); break;
                case "number": number = c.text(); break;
                case "extension": extension = c.text(); break;
                case "groupId": group = c.text(); break;
                default: c.skip();
            }
        }
        if (userId == null) {
            throw new XMLStreamException("a directory entry lacks its userId");
        }
        return new DirectoryEntry(userId, first, last, number, extension, group);
    }

    /**
     * Parses the {@code CallCenter} service body.
     *
     * @param c a cursor on the root
     * @return the agent's state and memberships
     * @throws XMLStreamException when the body is malformed
     */
    public static CallCenterAgentState callCenter(XmlCursor c) throws XMLStreamException {
        AgentState state = null;
        String code = null;
        List<CallCenterAgentState.Membership> memberships = new ArrayList<>();
        while (c.nextChild()) {
            switch (c.name()) {
                case "agentACDState": state = AgentState.fromWire(c.text()); break;
                case "agentUnavailableCode": code = c.text(); break;
                case "callCenterList": memberships(c, memberships); break;
                default: c.skip();
            }
        }
        return new CallCenterAgentState(state, code, memberships);
    }

    private static void memberships(XmlCursor c, List<CallCenterAgentState.Membership> into)
            throws XMLStreamException {
        while (c.nextChild()) {
            if (!"callCenterDetails".equals(c.name())) {
                c.skip();
                continue;
            }
            String id = null;
            boolean available = false;
            while (c.nextChild()) {
                switch (c.name()) {
                    case "serviceUserId": id = c.text(); break;
                    case "available": available = Boolean.parseBoolean(c.text()); break;
                    default: c.skip();
                }
            }
            if (id != null) {
                into.add(new CallCenterAgentState.Membership(id, available));
            }
        }
    }
}
