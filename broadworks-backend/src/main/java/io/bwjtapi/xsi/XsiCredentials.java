package io.bwjtapi.xsi;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The BroadWorks login and password, sent as HTTP Basic authorization on every request. The password is
 * never shown: {@link #toString()} redacts it, and nothing in the backend logs it or puts it in a message.
 */
public final class XsiCredentials {
    private final String login;
    private final char[] password;

    /**
     * Creates credentials.
     *
     * @param login the BroadWorks user id that owns the channel set, e.g. {@code admin@example.com}
     * @param password its password; the array is copied
     */
    public XsiCredentials(String login, char[] password) {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(password, "password");
        if (login.isBlank() || login.indexOf(':') >= 0) {
            throw new IllegalArgumentException("login must be non-blank and contain no ':'");
        }
        this.login = login;
        this.password = password.clone();
    }

    /**
     * Creates credentials from a password string.
     *
     * @param login the BroadWorks user id
     * @param password its password
     * @return the credentials
     */
    public static XsiCredentials of(String login, String password) {
        return new XsiCredentials(login, Objects.requireNonNull(password, "password").toCharArray());
    }

    /** @return the login (user id); not secret */
    public String login() {
        return login;
    }

    /**
     * Computes the value of the {@code Authorization} header. Handle the result like the password itself.
     *
     * @return {@code Basic base64(login:password)}
     */
    public String basicAuthorization() {
        CharBuffer chars = CharBuffer.allocate(login.length() + 1 + password.length);
        chars.put(login).put(':').put(password).flip();
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(chars);
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        try {
            return "Basic " + Base64.getEncoder().encodeToString(raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
            Arrays.fill(chars.array(), '\0');
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof XsiCredentials)) {
            return false;
        }
        XsiCredentials other = (XsiCredentials) o;
        return login.equals(other.login) && Arrays.equals(password, other.password);
    }

    @Override
    public int hashCode() {
        return login.hashCode();
    }

    @Override
    public String toString() {
        return "XsiCredentials[login=" + login + ", password=(redacted)]";
    }
}
