package io.bwjtapi.provider.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Argument checks shared by the SPI value classes. */
final class SpiChecks {
    private SpiChecks() {
    }

    static String name(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.trim().isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }

    static <T> List<T> list(List<T> values, String what) {
        List<T> copy = new ArrayList<>(Objects.requireNonNull(values, what));
        for (T value : copy) {
            Objects.requireNonNull(value, what + " element");
        }
        return Collections.unmodifiableList(copy);
    }
}
