package io.bwjtapi.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Parsers for the value types of the configuration keys. Each throws {@link IllegalArgumentException}
 * whose message completes the sentence "key 'x': value ..." and never repeats a secret value.
 */
final class ConfigValues {
    private ConfigValues() {
    }

    static String text(String raw) {
        String value = raw.trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("must not be empty");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException("must not contain control characters");
            }
        }
        return value;
    }

    static boolean bool(String raw) {
        switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "on": case "1":
                return true;
            case "false": case "no": case "off": case "0":
                return false;
            default:
                throw new IllegalArgumentException("'" + raw.trim() + "' is not a boolean (true or false)");
        }
    }

    static int integer(String raw, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + raw.trim() + "' is not a whole number");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(value + " is not between " + min + " and " + max);
        }
        return value;
    }

    /** Parses {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h} or a plain number of seconds. */
    static Duration duration(String raw, Duration min) {
        String value = raw.trim().toLowerCase(Locale.ROOT);
        Duration result;
        try {
            if (value.endsWith("ms")) {
                result = Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2).trim()));
            } else if (value.endsWith("s")) {
                result = Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1).trim()));
            } else if (value.endsWith("m")) {
                result = Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1).trim()));
            } else if (value.endsWith("h")) {
                result = Duration.ofHours(Long.parseLong(value.substring(0, value.length() - 1).trim()));
            } else {
                result = Duration.ofSeconds(Long.parseLong(value));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + raw.trim() + "' is not a duration (for example 10s, 500ms, 2m)");
        }
        if (result.compareTo(min) < 0) {
            throw new IllegalArgumentException("'" + raw.trim() + "' is shorter than the minimum "
                    + min.toMillis() + "ms");
        }
        return result;
    }

    static List<String> list(String raw) {
        List<String> items = new ArrayList<>();
        for (String item : raw.split(",")) {
            String trimmed = item.trim();
            if (!trimmed.isEmpty()) {
                items.add(text(trimmed));
            }
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("must list at least one value");
        }
        return Collections.unmodifiableList(items);
    }

    static Path path(String raw) {
        try {
            return Paths.get(text(raw));
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + raw.trim() + "' is not a valid path");
        }
    }
}
