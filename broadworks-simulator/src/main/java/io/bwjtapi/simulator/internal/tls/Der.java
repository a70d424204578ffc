package io.bwjtapi.simulator.internal.tls;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The few ASN.1 DER encodings an X.509 certificate needs. */
final class Der {
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");

    private Der() {
    }

    static byte[] sequence(byte[]... parts) {
        return tagged(0x30, concat(parts));
    }

    static byte[] set(byte[]... parts) {
        return tagged(0x31, concat(parts));
    }

    static byte[] integer(BigInteger value) {
        return tagged(0x02, value.toByteArray());
    }

    static byte[] utf8(String text) {
        return tagged(0x0C, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] utcTime(ZonedDateTime time) {
        return tagged(0x17, UTC_TIME.format(time.withZoneSameInstant(ZoneOffset.UTC)).getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] octetString(byte[] content) {
        return tagged(0x04, content);
    }

    /** A BIT STRING whose content is whole bytes. */
    static byte[] bitString(byte[] content) {
        return tagged(0x03, concat(new byte[] {0}, content));
    }

    /** An explicitly tagged, constructed context-specific element [n]. */
    static byte[] explicit(int n, byte[] content) {
        return tagged(0xA0 | n, content);
    }

    /** An implicitly tagged, primitive context-specific element [n]. */
    static byte[] implicit(int n, byte[] content) {
        return tagged(0x80 | n, content);
    }

    static byte[] oid(int... arcs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(arcs[0] * 40 + arcs[1]);
        for (int i = 2; i < arcs.length; i++) {
            int arc = arcs[i];
            byte[] base128 = new byte[5];
            int n = 0;
            do {
                base128[n++] = (byte) (arc & 0x7F);
                arc >>>= 7;
            } while (arc != 0);
            for (int j = n - 1; j >= 0; j--) {
                out.write(base128[j] | (j > 0 ? 0x80 : 0));
            }
        }
        return tagged(0x06, out.toByteArray());
    }

    static byte[] tagged(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            byte[] bytes = BigInteger.valueOf(length).toByteArray();
            int skip = bytes[0] == 0 ? 1 : 0;
            out.write(0x80 | (bytes.length - skip));
            out.write(bytes, skip, bytes.length - skip);
        }
        out.write(content, 0, content.length);
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part, 0, part.length);
        }
        return out.toByteArray();
    }
}
