package io.bwjtapi.xsi.model;

import java.util.HashMap;
import java.util.Map;

/** Finds the enum constant for a wire spelling, falling back to a placeholder for unknown values. */
final class WireLookup<E extends Enum<E> & WireValue> {
    private final Map<String, E> byWireName = new HashMap<>();
    private final E fallback;

    WireLookup(E[] values, E fallback) {
        for (E value : values) {
            if (value.wireName() != null) {
                byWireName.put(value.wireName(), value);
            }
        }
        this.fallback = fallback;
    }

    E find(String wireName) {
        if (wireName == null) {
            return fallback;
        }
        E value = byWireName.get(wireName);
        // XSD tokens are whitespace-collapsed; tolerate stray surrounding blanks before giving up.
        return value != null ? value : byWireName.getOrDefault(wireName.trim(), fallback);
    }
}
