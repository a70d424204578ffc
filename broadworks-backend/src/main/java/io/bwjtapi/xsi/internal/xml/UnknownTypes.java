package io.bwjtapi.xsi.internal.xml;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers which unknown event types were already seen so each is logged and reported once. Bounded, so a
 * hostile stream of ever-new type names cannot grow it without limit.
 */
public final class UnknownTypes {
    private static final Logger LOG = LoggerFactory.getLogger(UnknownTypes.class);
    private static final int MAX_REMEMBERED = 256;

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Consumer<String> onFirstSighting;

    /**
     * Creates the memory.
     *
     * @param onFirstSighting called once per new type name (on the decoding thread)
     */
    public UnknownTypes(Consumer<String> onFirstSighting) {
        this.onFirstSighting = onFirstSighting;
    }

    /**
     * Notes an unknown type; logs and reports it when it is new.
     *
     * @param typeName the type as received
     */
    public void report(String typeName) {
        if (seen.size() >= MAX_REMEMBERED || !seen.add(typeName)) {
            return;
        }
        LOG.info("Ignoring the contents of Xsi event type {}, which this client does not decode", typeName);
        onFirstSighting.accept(typeName);
    }
}
