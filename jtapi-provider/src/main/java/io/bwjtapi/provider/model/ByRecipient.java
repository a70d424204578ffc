package io.bwjtapi.provider.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Values collected per recipient, with recipients compared by identity and kept in the order first seen.
 *
 * @param <K> the recipient type
 * @param <V> the value type
 */
final class ByRecipient<K, V> {
    private final Map<K, List<V>> index = new IdentityHashMap<>();
    private final List<K> order = new ArrayList<>();

    void add(K recipient, V value) {
        List<V> values = index.get(recipient);
        if (values == null) {
            values = new ArrayList<>();
            index.put(recipient, values);
            order.add(recipient);
        }
        values.add(value);
    }

    void forEach(BiConsumer<K, List<V>> action) {
        for (K recipient : order) {
            action.accept(recipient, index.get(recipient));
        }
    }
}
