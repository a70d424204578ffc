package io.bwjtapi.benchmarks.xsi;

import io.bwjtapi.benchmarks.CpuTimeRate;
import io.bwjtapi.benchmarks.Report;
import io.bwjtapi.xsi.internal.xml.SecureXmlInput;
import io.bwjtapi.xsi.internal.xml.UnknownTypes;
import io.bwjtapi.xsi.internal.xml.XsiDocumentDecoder;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Xsi decode throughput per second of the decoding thread's CPU time (target: at least 100 000 events/s on one
 * core), next to a bare StAX parse of the same bytes with the same hardened Woodstox factory; the ratio says how
 * close decoding is to the parser's own limit. The documents and the work are those of {@link XsiDecodeBenchmark};
 * dividing by CPU time instead of wall-clock time keeps the number meaningful on a machine other work shares.
 * <p>
 * Run: {@code java -cp benchmarks/target/benchmarks.jar io.bwjtapi.benchmarks.xsi.XsiDecodeCpuTime [rounds]}
 * (measured rounds of 10 000 documents each, default 40).
 */
public final class XsiDecodeCpuTime {
    private static final int ROUND = 10_000;
    /** Where the work's results go, so that the JIT cannot drop the work. */
    private static volatile Object sink;

    private XsiDecodeCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        List<byte[]> documents = XsiDocuments.typicalCallEvents();
        XsiDocumentDecoder decoder = new XsiDocumentDecoder(1 << 20, new UnknownTypes(type -> { }));
        SecureXmlInput input = new SecureXmlInput(1 << 20);
        Object[] decoded = new Object[1];
        int[] tokens = new int[1];
        CpuTimeRate decode = CpuTimeRate.measure(() -> {
            for (int i = 0; i < ROUND; i++) {
                byte[] doc = documents.get(i % documents.size());
                decoded[0] = decoder.decode(doc, 0, doc.length);
            }
            return ROUND;
        }, rounds, rounds);
        CpuTimeRate parse = CpuTimeRate.measure(() -> {
            for (int i = 0; i < ROUND; i++) {
                byte[] doc = documents.get(i % documents.size());
                tokens[0] += parse(input, doc);
            }
            return ROUND;
        }, rounds, rounds);
        sink = decoded[0] + "/" + tokens[0];
        System.out.printf("xsi decode: %,.0f events per CPU second (target >= 100 000), bare parse %,.0f documents per "
                + "CPU second, ratio %.2f%n", decode.perCpuSecond(), parse.perCpuSecond(),
                decode.perCpuSecond() / parse.perCpuSecond());
        Report.value("xsi.decode-cpu", decode.perCpuSecond(), decode.describe() + " typical call events");
        Report.value("xsi.decode-vs-parse", decode.perCpuSecond() / parse.perCpuSecond(), String.format(Locale.ROOT,
                "bare parse %,.0f documents per CPU second; 1.0 would be decoding at the parser's speed",
                parse.perCpuSecond()));
    }

    /** Touches every token, builds nothing. */
    private static int parse(SecureXmlInput input, byte[] doc) {
        try {
            XMLStreamReader reader = input.open(doc, 0, doc.length);
            int tokens = 0;
            while (reader.hasNext()) {
                tokens += reader.next();
            }
            reader.close();
            return tokens;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("a benchmark document does not parse", e);
        }
    }
}
