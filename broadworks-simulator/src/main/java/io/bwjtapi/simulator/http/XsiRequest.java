package io.bwjtapi.simulator.http;

import io.bwjtapi.simulator.events.EventStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An Xsi request as the endpoints see it, independent of the transport.
 *
 * @param xspIndex the XSP that received it
 * @param method the HTTP method, upper case
 * @param path the decoded path without the query
 * @param query the decoded query parameters
 * @param headers the headers, names in lower case
 * @param body the body as text (empty when none)
 * @param streamOpener starts the streaming (chunked) response on the request's connection
 */
public record XsiRequest(int xspIndex, String method, String path, Map<String, List<String>> query,
        Map<String, String> headers, String body, Supplier<EventStream> streamOpener) {

    /** Returns the first value of a query parameter, or {@code null}. */
    public String param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String header(String name) {
        return headers.get(name);
    }

    /** Starts the streaming response; only the channel creation does this. */
    public EventStream openStream() {
        return streamOpener.get();
    }
}
