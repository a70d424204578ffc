package io.bwjtapi.xsi;

import io.bwjtapi.xsi.model.ErrorInfo;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to an Xsi request that reached the XSP: the HTTP status, the parsed body on success, and the
 * parsed {@link ErrorInfo} (or the raw error text) otherwise. Error statuses are answers, not exceptions;
 * only transport problems fail a request's future (with {@link XsiTransportException}).
 *
 * @param <T> the type of the success body ({@link Void} for commands without one)
 */
public final class XsiResponse<T> {
    private static final int MAX_ERROR_TEXT = 512;

    private final String request;
    private final int status;
    private final T body;
    private final ErrorInfo errorInfo;
    private final String errorText;
    private final String location;

    private XsiResponse(String request, int status, T body, ErrorInfo errorInfo, String errorText, String location) {
        this.request = Objects.requireNonNull(request, "request");
        this.status = status;
        this.body = body;
        this.errorInfo = errorInfo;
        this.errorText = errorText == null || errorText.length() <= MAX_ERROR_TEXT ? errorText
                : errorText.substring(0, MAX_ERROR_TEXT) + "...";
        this.location = location;
    }

    /**
     * Creates a success response.
     *
     * @param request what was requested, e.g. {@code POST /com.broadsoft.xsi-actions/v2.0/user/u/calls/new}
     * @param status the 2xx status
     * @param body the parsed body, or {@code null}
     * @param location the {@code Location} header, or {@code null}
     * @param <T> the body type
     * @return the response
     */
    public static <T> XsiResponse<T> success(String request, int status, T body, String location) {
        return new XsiResponse<>(request, status, body, null, null, location);
    }

    /**
     * Creates an error response.
     *
     * @param request what was requested
     * @param status the error status
     * @param errorInfo the parsed ErrorInfo, or {@code null} when the body was not one
     * @param errorText the raw body text when it was not an ErrorInfo, or {@code null}
     * @param <T> the body type a success would have had
     * @return the response
     */
    public static <T> XsiResponse<T> error(String request, int status, ErrorInfo errorInfo, String errorText) {
        return new XsiResponse<>(request, status, null, errorInfo, errorText, null);
    }

    /** @return what was requested (method and path) */
    public String request() {
        return request;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return whether the status is 2xx */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** @return the parsed success body */
    public Optional<T> body() {
        return Optional.ofNullable(body);
    }

    /** @return the parsed ErrorInfo of an error response */
    public Optional<ErrorInfo> errorInfo() {
        return Optional.ofNullable(errorInfo);
    }

    /** @return the BroadWorks error code of an error response, when it carried an ErrorInfo */
    public Optional<Integer> errorCode() {
        return errorInfo == null ? Optional.empty() : Optional.of(errorInfo.errorCode());
    }

    /** @return the raw text of an error body that was not an ErrorInfo (abbreviated) */
    public Optional<String> errorText() {
        return Optional.ofNullable(errorText);
    }

    /** @return the {@code Location} header (set by calls/new) */
    public Optional<String> location() {
        return Optional.ofNullable(location);
    }

    /**
     * Returns the body of a success, or throws.
     *
     * @return the body
     * @throws XsiException describing the status and error when the request did not succeed or had no body
     */
    public T orElseThrow() {
        if (!isSuccess() || body == null) {
            throw new XsiException(request + " failed: " + this);
        }
        return body;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("XsiResponse[").append(status).append(' ').append(request);
        if (errorInfo != null) {
            s.append(", ").append(errorInfo);
        } else if (errorText != null) {
            s.append(", ").append(errorText);
        }
        if (body != null) {
            s.append(", ").append(body);
        }
        return s.append(']').toString();
    }
}
