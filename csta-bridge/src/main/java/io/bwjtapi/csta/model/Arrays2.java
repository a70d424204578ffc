package io.bwjtapi.csta.model;

import java.util.Arrays;

/** Copy-on-write helpers for the small arrays behind calls and connections, which change often. */
final class Arrays2 {
    private Arrays2() {
    }

    /** A copy with the element at {@code index} replaced, or appended when {@code index} is the length. */
    static <E> E[] with(E[] array, int index, E element) {
        E[] next = Arrays.copyOf(array, Math.max(array.length, index + 1));
        next[index] = element;
        return next;
    }

    /** A copy without the element at {@code index}. */
    static <E> E[] without(E[] array, int index) {
        E[] next = Arrays.copyOf(array, array.length - 1);
        System.arraycopy(array, index + 1, next, index, array.length - index - 1);
        return next;
    }
}
