package io.bwjtapi.xsi.internal.xml;

import io.bwjtapi.xsi.model.AgentJoinInfo;
import io.bwjtapi.xsi.model.AgentState;
import io.bwjtapi.xsi.model.AgentStateInfo;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/** Reads call-center agent types: {@code AgentStateInformation} and {@code ACDAgentJoinData}. */
final class AgentReader {

    private AgentReader() {
    }

    static AgentStateInfo stateInfo(XmlCursor c) throws XMLStreamException {
        AgentState state = AgentState.UNRECOGNIZED;
        long stateTimestamp = 0;
        String unavailableCode = null;
        String wrapUpCallId = null;
        Long signIn = null;
        Long totalAvailable = null;
        Long averageWrapUp = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "state": state = AgentState.fromWire(c.text()); break;
                case "stateTimestamp": stateTimestamp = valueOf(c); break;
                case "unavailableCode": unavailableCode = c.text(); break;
                case "wrapUpCallId": wrapUpCallId = c.text(); break;
                case "signInTimestamp": signIn = c.longValue(); break;
                case "totalAvailableTime": totalAvailable = c.longValue(); break;
                case "averageWrapUpTime": averageWrapUp = valueOf(c); break;
                default: c.skip();
            }
        }
        return new AgentStateInfo(state, stateTimestamp, unavailableCode, wrapUpCallId, signIn, totalAvailable,
                averageWrapUp);
    }

    static List<AgentJoinInfo> joinData(XmlCursor c) throws XMLStreamException {
        List<AgentJoinInfo> joins = new ArrayList<>();
        while (c.nextChild()) {
            if ("joinInfos".equals(c.name())) {
                while (c.nextChild()) {
                    if ("joinInfo".equals(c.name())) {
                        joins.add(joinInfo(c));
                    } else {
                        c.skip();
                    }
                }
            } else {
                c.skip();
            }
        }
        return joins;
    }

    private static AgentJoinInfo joinInfo(XmlCursor c) throws XMLStreamException {
        String acdUserId = null;
        boolean joined = false;
        Integer skill = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "acdUserId": acdUserId = c.text(); break;
                case "joined": c.skip(); joined = true; break;
                case "skillLevel": skill = c.intValue(); break;
                default: c.skip();
            }
        }
        if (acdUserId == null) {
            throw new XMLStreamException("a joinInfo lacks its acdUserId");
        }
        return new AgentJoinInfo(acdUserId, joined, skill);
    }

    /** Reads the {@code value} of a TimestampWithSeverity / NonNegativeIntWithSeverity element. */
    private static long valueOf(XmlCursor c) throws XMLStreamException {
        long value = 0;
        while (c.nextChild()) {
            if ("value".equals(c.name())) {
                value = c.longValue();
            } else {
                c.skip();
            }
        }
        return value;
    }
}
