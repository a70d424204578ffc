package io.bwjtapi.simulator.xsi;

import org.w3c.dom.Element;

/**
 * An acknowledgement of one event (XSD {@code EventResponse}).
 *
 * @param eventId the acknowledged event's {@code eventID}
 * @param statusCode 200, 400, 404, 481 or 500
 * @param reason free text
 */
public record EventResponseRequest(String eventId, int statusCode, String reason) {

    public static EventResponseRequest parse(String body) {
        return from(RequestXml.parse(body, "EventResponse"));
    }

    /** Reads an already parsed {@code EventResponse} element. */
    public static EventResponseRequest from(Element root) {
        String eventId = RequestXml.text(root, "eventID");
        Integer status = RequestXml.integer(root, "statusCode", 0, 999);
        if (eventId == null || eventId.isEmpty() || status == null) {
            throw RequestXml.bad("EventResponse needs eventID and statusCode");
        }
        if (status != 200 && status != 400 && status != 404 && status != 481 && status != 500) {
            throw RequestXml.bad("statusCode must be 200, 400, 404, 481 or 500: " + status);
        }
        return new EventResponseRequest(eventId, status, RequestXml.text(root, "reason"));
    }
}
