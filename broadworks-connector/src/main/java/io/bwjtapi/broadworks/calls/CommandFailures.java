package io.bwjtapi.broadworks.calls;

import io.bwjtapi.provider.spi.SwitchCommandException;
import io.bwjtapi.provider.spi.SwitchCommandException.Kind;
import io.bwjtapi.xsi.XsiResponse;
import io.bwjtapi.xsi.XsiTransportException;
import io.bwjtapi.xsi.model.ErrorInfo;
import java.util.concurrent.CompletionException;

/**
 * Xsi-Actions refusals and transport failures as the SPI's {@link SwitchCommandException}, carrying the HTTP
 * status and BroadWorks' errorCode and summary (reference {@code xsi-protocol.md} section 6.1): 400 is an invalid
 * party for a request naming an address and an invalid state for one on a call, 401/403 not permitted, 404 a call
 * that is gone (an unknown destination for a request naming an address), 409 an invalid state, 405/501 not
 * supported, 503 a resource that is unavailable.
 */
final class CommandFailures {
    private CommandFailures() {
    }

    /**
     * @param response a response that is not a success
     * @param namesAddress whether the request named a destination address (dial, transfer, redirect)
     * @return the exception
     */
    static SwitchCommandException refused(XsiResponse<?> response, boolean namesAddress) {
        int status = response.status();
        String summary = response.errorInfo().map(ErrorInfo::summaryEnglish)
                .orElse(response.errorText().orElse("HTTP " + status));
        return new SwitchCommandException(kind(status, namesAddress), response.errorCode().orElse(-1), status,
                response.request() + ": " + summary);
    }

    private static Kind kind(int status, boolean namesAddress) {
        switch (status) {
            case 400: return namesAddress ? Kind.INVALID_PARTY : Kind.INVALID_STATE;
            case 401:
            case 403: return Kind.NOT_PERMITTED;
            case 404: return namesAddress ? Kind.INVALID_PARTY : Kind.CALL_GONE;
            case 409: return Kind.INVALID_STATE;
            case 405:
            case 501: return Kind.NOT_SUPPORTED;
            case 503: return Kind.RESOURCE_UNAVAILABLE;
            default: return Kind.REJECTED;
        }
    }

    /** @return a failure that got no answer from BroadWorks, as the SPI exception */
    static SwitchCommandException failed(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof SwitchCommandException) {
            return (SwitchCommandException) cause;
        }
        boolean timeout = cause instanceof XsiTransportException
                && ((XsiTransportException) cause).kind() == XsiTransportException.Kind.TIMEOUT;
        String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        return SwitchCommandException.of(timeout ? Kind.TIMEOUT : Kind.TRANSPORT, message);
    }
}
