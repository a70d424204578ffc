package io.bwjtapi.provider.model;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/**
 * The observers or listeners added to one object, in the order they were added, each at most once
 * (identity, not {@code equals}). Changed only on the model thread; {@link #toArray()} may be read from any
 * thread.
 *
 * @param <T> the callback type
 */
public final class Subscribers<T> {
    private final Class<T> type;
    private final List<T> members = new ArrayList<>();
    private volatile T[] snapshot;

    /** @param type the callback type, for the arrays the JTAPI getters return */
    public Subscribers(Class<T> type) {
        this.type = type;
        publish();
    }

    /**
     * @param member the callback
     * @return {@code true} if it was added, {@code false} if it was already present
     */
    public boolean add(T member) {
        if (contains(member)) {
            return false;
        }
        members.add(member);
        publish();
        return true;
    }

    /**
     * @param member the callback
     * @return {@code true} if it was present and has been removed
     */
    public boolean remove(T member) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i) == member) {
                members.remove(i);
                publish();
                return true;
            }
        }
        return false;
    }

    /** @param member the callback @return whether it is present */
    public boolean contains(Object member) {
        for (T existing : members) {
            if (existing == member) {
                return true;
            }
        }
        return false;
    }

    /** @return the members, for iteration on the model thread */
    public List<T> list() {
        return new ArrayList<>(members);
    }

    /** @return whether there are none */
    public boolean isEmpty() {
        return members.isEmpty();
    }

    /** @return all members, and none are left */
    public List<T> clear() {
        List<T> all = new ArrayList<>(members);
        members.clear();
        publish();
        return all;
    }

    /** @return the members as the JTAPI getters return them: {@code null} when there are none */
    public T[] toArray() {
        T[] current = snapshot;
        return current.length == 0 ? null : current.clone();
    }

    @SuppressWarnings("unchecked")
    private void publish() {
        snapshot = members.toArray((T[]) Array.newInstance(type, 0));
    }
}
