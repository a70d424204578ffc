package io.bwjtapi.xsi.internal.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** However an intermediary re-chunks the event stream, the same documents and events come out. */
class RechunkedStreamProperties {
    private static final List<String> DOCUMENTS = XsiStreamFixtures.documents(12);
    private static final byte[] STREAM = XsiStreamFixtures.concatenate(DOCUMENTS);
    private static final List<Object> EXPECTED = XsiStreamFixtures.feed(XsiStreamFixtures.pipeline(1 << 16), STREAM);

    @Property(tries = 300)
    void rechunkedStreamsYieldIdenticalEvents(@ForAll("cuts") Set<Integer> cuts) {
        int[] sorted = cuts.stream().mapToInt(Integer::intValue).sorted().toArray();
        assertEquals(EXPECTED, XsiStreamFixtures.feed(XsiStreamFixtures.pipeline(1 << 16), STREAM, sorted));
    }

    @Example
    void everyDocumentOfTheUnchunkedStreamIsDecoded() {
        assertEquals(DOCUMENTS.size(), EXPECTED.size());
        EXPECTED.forEach(o -> assertFalse(o instanceof String && !o.toString().startsWith("Channel"), o.toString()));
    }

    @Provide
    Arbitrary<Set<Integer>> cuts() {
        return Arbitraries.integers().between(1, STREAM.length - 1).set().ofMaxSize(200);
    }
}
