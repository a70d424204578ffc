package io.bwjtapi.simulator.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A plain JDK HTTP client for Xsi requests against one XSP, with Basic credentials. */
public final class XsiTestClient {
    public static final String EVENTS = "/com.broadsoft.xsi-events/v2.0";
    public static final String ACTIONS = "/com.broadsoft.xsi-actions/v2.0";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final String authorization;

    public XsiTestClient(URI base, String login, String password) {
        this.base = base;
        this.authorization = login == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    public HttpResponse<String> post(String path, String body) {
        return send("POST", path, body);
    }

    public HttpResponse<String> put(String path, String body) {
        return send("PUT", path, body);
    }

    public HttpResponse<String> delete(String path) {
        return send("DELETE", path, null);
    }

    public HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/xml; charset=UTF-8");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A subscription request body. */
    public static String subscription(String eventPackage, int expires, String channelSetId, String applicationId) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Subscription xmlns=\"http://schema.broadsoft.com/xsi\">"
                + "<event>" + eventPackage + "</event><expires>" + expires + "</expires><channelSetId>" + channelSetId
                + "</channelSetId>" + (applicationId == null ? "" : "<applicationId>" + applicationId + "</applicationId>")
                + "</Subscription>";
    }

    /** An EventResponse body. */
    public static String eventResponse(String eventId, int status) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><EventResponse xmlns=\"http://schema.broadsoft.com/xsi\">"
                + "<eventID>" + eventId + "</eventID><statusCode>" + status + "</statusCode><reason>"
                + (status == 200 ? "OK" : "Error") + "</reason></EventResponse>";
    }
}
