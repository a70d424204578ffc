package io.bwjtapi.broadworks.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.provider.spi.SwitchCommandException;
import io.bwjtapi.provider.spi.SwitchCommandException.Kind;
import io.bwjtapi.xsi.XsiEndpoint;
import io.bwjtapi.xsi.XsiResponse;
import io.bwjtapi.xsi.XsiTransportException;
import io.bwjtapi.xsi.model.ErrorInfo;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** BroadWorks refusals keep their status, errorCode and summary in the kind the JTAPI layer maps. */
class CommandFailuresTest {
    private static XsiResponse<Void> refusal(int status) {
        return XsiResponse.error("PUT calls/x/Talk", status, new ErrorInfo("nope", "call not found", 8251), null);
    }

    @Test
    void statusesMapToKinds() {
        assertEquals(Kind.INVALID_STATE, CommandFailures.refused(refusal(400), false).kind());
        assertEquals(Kind.INVALID_PARTY, CommandFailures.refused(refusal(400), true).kind());
        assertEquals(Kind.NOT_PERMITTED, CommandFailures.refused(refusal(403), false).kind());
        assertEquals(Kind.CALL_GONE, CommandFailures.refused(refusal(404), false).kind());
        assertEquals(Kind.INVALID_PARTY, CommandFailures.refused(refusal(404), true).kind());
        assertEquals(Kind.INVALID_STATE, CommandFailures.refused(refusal(409), false).kind());
        assertEquals(Kind.NOT_SUPPORTED, CommandFailures.refused(refusal(501), false).kind());
        assertEquals(Kind.RESOURCE_UNAVAILABLE, CommandFailures.refused(refusal(503), false).kind());
        assertEquals(Kind.REJECTED, CommandFailures.refused(refusal(500), false).kind());
    }

    @Test
    void theBroadWorksDetailsAreKept() {
        SwitchCommandException e = CommandFailures.refused(refusal(404), false);
        assertEquals(8251, e.getErrorCode());
        assertEquals(404, e.getHttpStatus());
        assertTrue(e.getSummary().contains("call not found"), e.getSummary());
    }

    @Test
    void transportFailuresAreTransportOrTimeout() {
        XsiEndpoint xsp = XsiEndpoint.http("127.0.0.1", 1);
        assertEquals(Kind.TIMEOUT, CommandFailures.failed(new CompletionException(
                new XsiTransportException(XsiTransportException.Kind.TIMEOUT, xsp, "GET x", null))).kind());
        assertEquals(Kind.TRANSPORT, CommandFailures.failed(
                new XsiTransportException(XsiTransportException.Kind.CONNECT, xsp, "GET x", null)).kind());
    }
}
