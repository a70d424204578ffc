package io.bwjtapi.simulator.http;

import io.bwjtapi.simulator.xsi.XsiDocuments;
import java.time.Duration;
import java.util.Map;

/**
 * An Xsi answer: status, optional XML body and extra headers; or the marker that the request became a
 * streaming event channel whose response is already under way.
 *
 * @param status the HTTP status
 * @param body the XML body, or {@code null}
 * @param headers extra headers (e.g. Location)
 * @param streaming whether the response is the event channel's stream
 * @param delay how long to hold the answer back (a request fault)
 */
public record XsiResponse(int status, String body, Map<String, String> headers, boolean streaming, Duration delay) {
    /** The content type of XML bodies, as real XSPs label them. */
    public static final String XML = "application/xml;charset=UTF-8";

    public XsiResponse {
        headers = Map.copyOf(headers);
    }

    public static XsiResponse ok() {
        return new XsiResponse(200, null, Map.of(), false, Duration.ZERO);
    }

    public static XsiResponse ok(String xml) {
        return new XsiResponse(200, xml, Map.of(), false, Duration.ZERO);
    }

    public static XsiResponse created(String location, String xml) {
        return new XsiResponse(201, xml, Map.of("Location", location), false, Duration.ZERO);
    }

    /** An error with an {@code ErrorInfo} body. */
    public static XsiResponse error(int status, int errorCode, String summary) {
        return new XsiResponse(status, XsiDocuments.errorInfo(summary, errorCode), Map.of(), false, Duration.ZERO);
    }

    /** A 401 challenge for HTTP Basic credentials. */
    public static XsiResponse unauthorized(String summary) {
        return new XsiResponse(401, XsiDocuments.errorInfo(summary, 4010),
                Map.of("WWW-Authenticate", "Basic realm=\"BroadWorks\""), false, Duration.ZERO);
    }

    public static XsiResponse streamStarted() {
        return new XsiResponse(200, null, Map.of(), true, Duration.ZERO);
    }

    public XsiResponse delayed(Duration by) {
        return new XsiResponse(status, body, headers, streaming, by);
    }
}
