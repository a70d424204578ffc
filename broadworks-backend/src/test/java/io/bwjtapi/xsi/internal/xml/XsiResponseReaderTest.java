package io.bwjtapi.xsi.internal.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.bwjtapi.testsupport.SharedReference;
import io.bwjtapi.xsi.XsiDecodeException;
import io.bwjtapi.xsi.action.CallStartInfo;
import io.bwjtapi.xsi.model.ErrorInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class XsiResponseReaderTest {
    private final XsiResponseReader reader = new XsiResponseReader(1 << 20);

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(SharedReference.require("xsi-samples/" + name));
    }

    @Test
    void theRealErrorInfoDeclaredIsoLatin1IsParsed() throws IOException {
        assertEquals(new ErrorInfo(" Phone Number already exists +1123456789.".trim(),
                "Phone Number already exists +1123456789.", 8251), reader.errorInfo(sample("16-xsi-actions-ErrorInfo.xml")));
    }

    @Test
    void theRealSubscriptionAnswerGivesIdAndGrantedExpiry() throws IOException {
        XsiResponseReader.IdAndExpiry granted = reader.read(sample("04-subscription-add-response.xml"), "Subscription",
                c -> XsiResponseReader.idAndExpiry(c, "subscriptionId"));
        assertEquals("98ed3939-c113-419c-8012-092556b85c66", granted.id());
        assertEquals(86400, granted.expires());
    }

    @Test
    void theRealFirstChannelChunkGivesIdAndGrantedExpiry() throws IOException {
        byte[] chunk = sample("02-channel-add-response-first-chunk.xml");
        XsiDocument doc = new XsiDocumentDecoder(1 << 20, new UnknownTypes(t -> { })).decode(chunk, 0, chunk.length);
        assertEquals(XsiDocument.Kind.CHANNEL, doc.kind());
        assertEquals("64eddc79-b707-4827-aacd-487fb5cb8427", doc.channelId());
        assertEquals(86400, doc.expires());
    }

    @Test
    void aBodyThatIsNotAnErrorInfoGivesNoErrorInfo() {
        assertNull(reader.errorInfo("<html><body>Bad gateway</body></html>".getBytes(StandardCharsets.UTF_8)));
        assertNull(reader.errorInfo("not xml at all".getBytes(StandardCharsets.UTF_8)));
        assertNull(reader.errorInfo(new byte[0]));
    }

    @Test
    void callStartInfoNeedsBothIdsAndAWrongRootIsRefused() {
        byte[] ok = ("<CallStartInfo xmlns=\"http://schema.broadsoft.com/xsi\"><callId>callhalf-1:0</callId>"
                + "<externalTrackingId>7:1</externalTrackingId></CallStartInfo>").getBytes(StandardCharsets.UTF_8);
        assertEquals(new CallStartInfo("callhalf-1:0", "7:1"), reader.read(ok, "CallStartInfo", ActionReaders::callStartInfo));
        byte[] partial = "<CallStartInfo xmlns=\"http://schema.broadsoft.com/xsi\"><callId>x</callId></CallStartInfo>"
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(XsiDecodeException.class, () -> reader.read(partial, "CallStartInfo", ActionReaders::callStartInfo));
        assertThrows(XsiDecodeException.class, () -> reader.read(ok, "Calls", ActionReaders::calls));
    }
}
