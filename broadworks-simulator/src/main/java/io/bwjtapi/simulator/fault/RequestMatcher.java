package io.bwjtapi.simulator.fault;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Selects HTTP requests by method and a regular expression over the path (without the query).
 *
 * @param method the HTTP method, or {@code null} for any
 * @param pathRegex matched against the whole path
 */
public record RequestMatcher(String method, String pathRegex) {

    public RequestMatcher {
        Objects.requireNonNull(pathRegex, "pathRegex");
        Pattern.compile(pathRegex);
        method = method == null ? null : method.toUpperCase(Locale.ROOT);
    }

    /** Any request whose path matches the regular expression. */
    public static RequestMatcher path(String pathRegex) {
        return new RequestMatcher(null, pathRegex);
    }

    /** Requests with this method whose path matches the regular expression. */
    public static RequestMatcher of(String method, String pathRegex) {
        return new RequestMatcher(method, pathRegex);
    }

    /** EventResponse posts (acknowledgements). */
    public static RequestMatcher eventResponses() {
        return of("POST", ".*/channel/eventresponse");
    }

    /** Heartbeat requests. */
    public static RequestMatcher heartbeats() {
        return of("PUT", ".*/channel/[^/]+/heartbeat");
    }

    /** Subscription creations (both URL forms). */
    public static RequestMatcher subscriptionCreates() {
        return of("POST", "/com\\.broadsoft\\.xsi-events/v2\\.0/user/[^/]+(/subscription)?");
    }

    /** Whether a request with this method and path matches. */
    public boolean matches(String requestMethod, String path) {
        return (method == null || method.equalsIgnoreCase(requestMethod)) && path.matches(pathRegex);
    }
}
