package io.bwjtapi.tck.property;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Divergences from the specification that an implementation is known to have and that a run may tolerate
 * while they are being fixed, named in {@code -Dtck.knownDivergences} (comma separated). Each is narrow: it
 * excuses one precise difference and nothing else, and every run that needed it says so in its transcript and
 * on standard error, so that a listed divergence cannot hide silently.
 */
public enum KnownDivergence {
    /**
     * A local party's connection has no terminal connection although the party's terminal takes part in the
     * call (the truth comparison then ignores that party's terminal connections).
     */
    MISSING_TERMINAL_CONNECTION;

    /** The name used in {@code -Dtck.knownDivergences}, e.g. {@code missing-terminal-connection}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads a comma-separated list of keys; an unknown key is an error naming the known ones. */
    public static Set<KnownDivergence> parse(String csv) {
        Set<KnownDivergence> out = EnumSet.noneOf(KnownDivergence.class);
        for (String raw : csv == null ? new String[0] : csv.split(",")) {
            String key = raw.strip();
            if (key.isEmpty()) {
                continue;
            }
            out.add(Arrays.stream(values()).filter(d -> d.key().equals(key)).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("unknown tck.knownDivergences entry '" + key + "'; known: "
                            + Arrays.stream(values()).map(KnownDivergence::key).toList())));
        }
        return out;
    }
}
