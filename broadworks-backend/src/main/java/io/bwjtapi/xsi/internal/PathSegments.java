package io.bwjtapi.xsi.internal;

import java.nio.charset.StandardCharsets;

/** Percent-encodes identifiers for use as one URL path segment or query value (RFC 3986). */
public final class PathSegments {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PathSegments() {
    }

    /**
     * Encodes a path segment, keeping {@code @} and {@code :} (legal in segments and common in user ids).
     *
     * @param value the raw identifier
     * @return the encoded segment
     * @throws IllegalArgumentException when the identifier contains {@code /}, which Xsi cannot address
     */
    public static String segment(String value) {
        if (value.indexOf('/') >= 0) {
            throw new IllegalArgumentException("Xsi identifiers cannot contain '/': " + value);
        }
        return encode(value, "@:");
    }

    /**
     * Encodes a query parameter value.
     *
     * @param value the raw value
     * @return the encoded value
     */
    public static String query(String value) {
        return encode(value, "@:/,*");
    }

    private static String encode(String value, String keep) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~' || (c < 0x80 && keep.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }
}
