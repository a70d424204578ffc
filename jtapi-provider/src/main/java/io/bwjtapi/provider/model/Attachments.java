package io.bwjtapi.provider.model;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The observers or listeners attached to one call, each with the <em>sources</em> that attached it: the
 * call itself ({@code Call.addObserver}) or an address or terminal of the call
 * ({@code addCallObserver}). A callback is attached once however many sources it has, and leaves the call
 * when its last source goes. Changed only on the model thread; {@link #toArray()} may be read from any thread.
 *
 * @param <T> the callback type
 */
public final class Attachments<T> {
    private final Class<T> type;
    private final Map<Identity, Set<Object>> sources = new LinkedHashMap<>();
    private volatile T[] snapshot;

    /** @param type the callback type */
    public Attachments(Class<T> type) {
        this.type = type;
        publish();
    }

    /**
     * @param member the callback
     * @param source what attaches it
     * @return {@code true} if the callback was not attached before
     */
    public boolean attach(T member, Object source) {
        Identity key = new Identity(member);
        Set<Object> set = sources.get(key);
        if (set == null) {
            set = new LinkedHashSet<>();
            set.add(source);
            sources.put(key, set);
            publish();
            return true;
        }
        set.add(source);
        return false;
    }

    /** @param member the callback @return whether it is attached */
    public boolean contains(Object member) {
        return sources.containsKey(new Identity(member));
    }

    /**
     * Keeps only the sources that still apply.
     *
     * @param valid the sources that still apply (compared by identity)
     * @return the callbacks that lost their last source, with that source; they are no longer attached
     */
    public List<Detached<T>> retainSources(List<?> valid) {
        List<Detached<T>> ended = new ArrayList<>();
        sources.entrySet().removeIf(entry -> {
            Object last = null;
            for (java.util.Iterator<Object> it = entry.getValue().iterator(); it.hasNext();) {
                Object source = it.next();
                if (!containsIdentity(valid, source)) {
                    last = source;
                    it.remove();
                }
            }
            if (entry.getValue().isEmpty()) {
                ended.add(new Detached<>(member(entry.getKey()), last));
                return true;
            }
            return false;
        });
        if (!ended.isEmpty()) {
            publish();
        }
        return ended;
    }

    private static boolean containsIdentity(List<?> list, Object item) {
        for (Object candidate : list) {
            if (candidate == item) {
                return true;
            }
        }
        return false;
    }

    /** @param member the callback @return {@code true} if it was attached and has been detached */
    public boolean detach(Object member) {
        boolean removed = sources.remove(new Identity(member)) != null;
        if (removed) {
            publish();
        }
        return removed;
    }

    /** @return every attached callback with its first source, now detached */
    public List<Detached<T>> detachAll() {
        List<Detached<T>> all = new ArrayList<>();
        for (Map.Entry<Identity, Set<Object>> entry : sources.entrySet()) {
            all.add(new Detached<>(member(entry.getKey()), entry.getValue().iterator().next()));
        }
        sources.clear();
        publish();
        return all;
    }

    /** @return the attached callbacks in attach order */
    public List<T> members() {
        List<T> all = new ArrayList<>(sources.size());
        for (Identity key : sources.keySet()) {
            all.add(member(key));
        }
        return all;
    }

    /** @return whether none is attached */
    public boolean isEmpty() {
        return sources.isEmpty();
    }

    /** @return the callbacks as the JTAPI getters return them: {@code null} when there are none */
    public T[] toArray() {
        T[] current = snapshot;
        return current.length == 0 ? null : current.clone();
    }

    private T member(Identity key) {
        return type.cast(key.member);
    }

    @SuppressWarnings("unchecked")
    private void publish() {
        List<T> all = members();
        snapshot = all.toArray((T[]) Array.newInstance(type, 0));
    }

    /**
     * A callback that left a call, and the source through which it watched the call last.
     *
     * @param <T> the callback type
     */
    public static final class Detached<T> {
        private final T member;
        private final Object via;

        Detached(T member, Object via) {
            this.member = member;
            this.via = via;
        }

        /** @return the callback */
        public T member() {
            return member;
        }

        /** @return the call, address or terminal through which it watched the call */
        public Object via() {
            return via;
        }
    }

    /** Wraps a callback so that maps compare it by identity while keeping insertion order. */
    private static final class Identity {
        private final Object member;

        Identity(Object member) {
            this.member = member;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Identity && ((Identity) o).member == member;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(member);
        }
    }
}
