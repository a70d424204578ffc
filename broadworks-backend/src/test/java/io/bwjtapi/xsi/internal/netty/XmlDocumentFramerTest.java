package io.bwjtapi.xsi.internal.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.xsi.XsiDecodeException;
import io.bwjtapi.xsi.internal.xml.XsiDocument;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class XmlDocumentFramerTest {

    private static ByteBuf utf8(String s) {
        return Unpooled.copiedBuffer(s, StandardCharsets.UTF_8);
    }

    @Test
    void emitsOneFramePerDocumentIncludingItsDeclaration() {
        EmbeddedChannel ch = new EmbeddedChannel(new XmlDocumentFramer(1024));
        ch.writeInbound(utf8(XsiStreamFixtures.HEARTBEAT + "\n" + XsiStreamFixtures.CHANNEL));
        ByteBuf first = ch.readInbound();
        ByteBuf second = ch.readInbound();
        assertEquals(XsiStreamFixtures.HEARTBEAT, first.toString(StandardCharsets.UTF_8));
        assertEquals(XsiStreamFixtures.CHANNEL, second.toString(StandardCharsets.UTF_8));
        first.release();
        second.release();
        assertNull(ch.readInbound());
        ch.finishAndReleaseAll();
    }

    @Test
    void aDocumentSplitByteByByteIsFramedOnce() {
        byte[] doc = XsiStreamFixtures.event(1, "CallReceivedEvent").getBytes(StandardCharsets.UTF_8);
        int[] everyByte = new int[doc.length];
        for (int i = 0; i < doc.length; i++) {
            everyByte[i] = i;
        }
        List<Object> out = XsiStreamFixtures.feed(XsiStreamFixtures.pipeline(64 * 1024), doc, everyByte);
        assertEquals(1, out.size());
        assertTrue(out.get(0).toString().contains("ev-1"), out.toString());
    }

    @Test
    void anOversizedDocumentIsSkippedWithoutBufferingAndTheStreamContinues() {
        EmbeddedChannel ch = XsiStreamFixtures.pipeline(2048);
        ch.writeInbound(utf8(XsiStreamFixtures.HEARTBEAT));
        ch.writeInbound(utf8("<?xml version=\"1.0\"?><Event xmlns=\"http://schema.broadsoft.com/xsi\"><junk>"));
        byte[] filler = "<a>0123456789abcdefghij</a>".repeat(400).getBytes(StandardCharsets.UTF_8);
        long total = 0;
        for (int i = 0; i < 10_000; i++) { // about 100 MB streamed through a 2 KB limit
            ch.writeInbound(Unpooled.wrappedBuffer(filler));
            total += filler.length;
            if (i % 1000 == 0) {
                assertTrue(ch.pipeline().get(XmlDocumentFramer.class).bufferedBytes() <= 4096 + filler.length,
                        "the framer must not buffer a dropped document");
            }
        }
        ch.writeInbound(utf8("</junk></Event>" + XsiStreamFixtures.HEARTBEAT));
        assertEquals(XsiDocument.Kind.HEARTBEAT, ((XsiDocument) ch.readInbound()).kind());
        DroppedDocument dropped = assertInstanceOf(DroppedDocument.class, ch.readInbound());
        assertEquals(DroppedDocument.Reason.TOO_LARGE, dropped.reason());
        assertTrue(dropped.bytes() > total, "reports the whole dropped size");
        assertEquals(XsiDocument.Kind.HEARTBEAT, ((XsiDocument) ch.readInbound()).kind());
        ch.finishAndReleaseAll();
    }

    @Test
    void strayTextBetweenDocumentsIsReportedAndSkipped() {
        EmbeddedChannel ch = XsiStreamFixtures.pipeline(4096);
        ch.writeInbound(utf8("  garbage\n" + XsiStreamFixtures.HEARTBEAT));
        DroppedDocument dropped = assertInstanceOf(DroppedDocument.class, ch.readInbound());
        assertEquals(DroppedDocument.Reason.STRAY_TEXT, dropped.reason());
        assertEquals(XsiDocument.Kind.HEARTBEAT, ((XsiDocument) ch.readInbound()).kind());
        ch.finishAndReleaseAll();
    }

    @Test
    void aMalformedDocumentBecomesAFailureMessageAndTheNextOneStillDecodes() {
        EmbeddedChannel ch = XsiStreamFixtures.pipeline(4096);
        ch.writeInbound(utf8("<?xml version=\"1.0\"?><Channel xmlns=\"http://schema.broadsoft.com/xsi\"><a></b></Channel>"
                + XsiStreamFixtures.HEARTBEAT));
        assertInstanceOf(XsiDecodeException.class, ch.readInbound());
        assertEquals(XsiDocument.Kind.HEARTBEAT, ((XsiDocument) ch.readInbound()).kind());
        ch.finishAndReleaseAll();
    }

    @Test
    void aDoctypeWithAnInternalSubsetIsFramedAsOneDocumentAndRejectedByTheDecoder() {
        EmbeddedChannel ch = XsiStreamFixtures.pipeline(4096);
        ch.writeInbound(utf8("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"<b>\"> <!-- ] > -->]>"
                + "<Channel xmlns=\"http://schema.broadsoft.com/xsi\">&a;</Channel>" + XsiStreamFixtures.HEARTBEAT));
        assertInstanceOf(XsiDecodeException.class, ch.readInbound());
        assertEquals(XsiDocument.Kind.HEARTBEAT, ((XsiDocument) ch.readInbound()).kind());
        ch.finishAndReleaseAll();
    }
}
