package io.bwjtapi.xsi.internal.http;

/** A complete HTTP answer: status, body bytes and the headers the client uses. */
public final class HttpResult {
    private final int status;
    private final byte[] body;
    private final String location;

    /**
     * Creates a result.
     *
     * @param status the HTTP status
     * @param body the body bytes (empty when none)
     * @param location the {@code Location} header, or {@code null}
     */
    public HttpResult(int status, byte[] body, String location) {
        this.status = status;
        this.body = body;
        this.location = location;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the body bytes, never {@code null} */
    public byte[] body() {
        return body;
    }

    /** @return the {@code Location} header, or {@code null} */
    public String location() {
        return location;
    }

    @Override
    public String toString() {
        return "HTTP " + status + " (" + body.length + " bytes)";
    }
}
