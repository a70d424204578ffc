package io.bwjtapi.benchmarks.xsi;

import io.bwjtapi.benchmarks.Report;
import io.bwjtapi.benchmarks.ShortJmh;
import io.bwjtapi.xsi.XsiDecodeException;
import io.bwjtapi.xsi.internal.netty.StreamListener;
import io.bwjtapi.xsi.internal.netty.XsiChannelInitializer;
import io.bwjtapi.xsi.internal.xml.SecureXmlInput;
import io.bwjtapi.xsi.internal.xml.UnknownTypes;
import io.bwjtapi.xsi.internal.xml.XsiDocument;
import io.bwjtapi.xsi.internal.xml.XsiDocumentDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decode throughput of typical Xsi call events on ONE thread (target: at least 100 000 events/s), next to a
 * bare StAX parse of the same bytes with the same hardened Woodstox factory, and the whole streaming
 * pipeline (HTTP chunk decoding, document framing, decoding). Prints events/s and the decode/parse ratio.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.bwjtapi.benchmarks.xsi.XsiDecodeBenchmark [seconds]}
 * (with seconds: the suite's short settings, iterations of that length; or through JMH's own main with the
 * pattern {@code XsiDecodeBenchmark}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class XsiDecodeBenchmark {
    private static final int BATCH = 1000;

    private List<byte[]> documents;
    private XsiDocumentDecoder decoder;
    private SecureXmlInput input;
    private EmbeddedChannel pipeline;
    private ByteBuf chunks;
    private int delivered;

    @Setup
    public void setUp() {
        documents = XsiDocuments.typicalCallEvents();
        decoder = new XsiDocumentDecoder(1 << 20, new UnknownTypes(type -> { }));
        input = new SecureXmlInput(1 << 20);
        pipeline = new EmbeddedChannel();
        new XsiChannelInitializer(null, 1 << 20, 1 << 20, decoder).initStreamPipeline(pipeline,
                io.bwjtapi.xsi.XsiEndpoint.http("127.0.0.1", 80), new CountingListener());
        pipeline.writeOutbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/channel"));
        pipeline.releaseOutbound();
        pipeline.writeInbound(Unpooled.copiedBuffer("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
                StandardCharsets.US_ASCII));
        chunks = Unpooled.buffer();
        for (int i = 0; i < BATCH; i++) {
            byte[] doc = documents.get(i % documents.size());
            chunks.writeCharSequence(Integer.toHexString(doc.length) + "\r\n", StandardCharsets.US_ASCII);
            chunks.writeBytes(doc).writeCharSequence("\r\n", StandardCharsets.US_ASCII);
        }
    }

    @TearDown
    public void tearDown() {
        pipeline.finishAndReleaseAll();
        chunks.release();
    }

    /** Decodes documents into the immutable event model. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void decode(Blackhole sink) {
        for (int i = 0; i < BATCH; i++) {
            byte[] doc = documents.get(i % documents.size());
            sink.consume(decoder.decode(doc, 0, doc.length));
        }
    }

    /** Parses the same documents with the same StAX factory, touching every token, building nothing. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void bareParse(Blackhole sink) throws XMLStreamException {
        for (int i = 0; i < BATCH; i++) {
            byte[] doc = documents.get(i % documents.size());
            XMLStreamReader reader = input.open(doc, 0, doc.length);
            while (reader.hasNext()) {
                sink.consume(reader.next());
            }
            reader.close();
        }
    }

    /** Feeds the chunked HTTP body through the channel pipeline: chunks, framing, decoding, dispatch. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int streamPipeline() {
        delivered = 0;
        pipeline.writeInbound(chunks.retainedDuplicate());
        if (delivered != BATCH) {
            throw new IllegalStateException("decoded " + delivered + " of " + BATCH);
        }
        return delivered;
    }

    private final class CountingListener implements StreamListener {
        @Override
        public void responseStarted(int status) {
        }

        @Override
        public void rejected(int status, byte[] body) {
            throw new IllegalStateException("rejected " + status);
        }

        @Override
        public void document(XsiDocument document) {
            delivered++;
        }

        @Override
        public void decodeFailed(XsiDecodeException failure) {
            throw failure;
        }

        @Override
        public void dropped(String description) {
            throw new IllegalStateException(description);
        }

        @Override
        public void streamEnded() {
        }

        @Override
        public void closed(Throwable cause) {
        }
    }

    /**
     * Runs the three benchmarks and prints the summary lines and the suite's result lines.
     *
     * @param args none for the annotated JMH settings, or the seconds per iteration for a short run
     * @throws Exception when JMH fails
     */
    public static void main(String[] args) throws Exception {
        ShortJmh jmh = ShortJmh.run(XsiDecodeBenchmark.class, args);
        double decode = jmh.score("decode");
        double bare = jmh.score("bareParse");
        double stream = jmh.score("streamPipeline");
        System.out.printf("xsi.decode: %.0f events/s on one thread (target >= 100000)%n", decode);
        System.out.printf("xsi.bare-parse: %.0f documents/s (same bytes, same Woodstox factory)%n", bare);
        System.out.printf("xsi.decode/bare-parse: %.2f%n", decode / bare);
        System.out.printf("xsi.stream-pipeline: %.0f events/s (HTTP chunks + framing + decoding, one thread)%n",
                stream);
        Report.value("xsi.decode", decode, jmh.detail("decode"));
        Report.value("xsi.bare-parse", bare, jmh.detail("bareParse"));
        Report.value("xsi.stream-pipeline", stream, jmh.detail("streamPipeline"));
    }
}
