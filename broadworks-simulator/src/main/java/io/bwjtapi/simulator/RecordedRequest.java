package io.bwjtapi.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * An HTTP request an XSP received, as a client sent it, with credentials redacted.
 *
 * @param time when it arrived
 * @param xspIndex the XSP that received it
 * @param method the HTTP method
 * @param path the decoded path, without the query
 * @param query the raw query string, or an empty string
 * @param headers the headers (lower-case names); Authorization shows only the scheme and the login
 * @param body the body as text (empty when none)
 */
public record RecordedRequest(Instant time, int xspIndex, String method, String path, String query,
        Map<String, String> headers, String body) {

    public RecordedRequest {
        headers = Map.copyOf(headers);
    }

    /** Returns a header by name (case-insensitive), or {@code null}. */
    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the body is an XML document (so it can be validated against the Xsi schema). */
    public boolean hasXmlBody() {
        return body.stripLeading().startsWith("<");
    }
}
