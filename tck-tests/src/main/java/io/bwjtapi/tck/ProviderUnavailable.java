package io.bwjtapi.tck;

/**
 * The implementation under test cannot be reached at all: its peer class is missing or it refuses to open a
 * provider against the environment. End-to-end properties are skipped with this message (or fail, with
 * {@code -Dtck.strict=true}).
 */
public class ProviderUnavailable extends Exception {
    private static final long serialVersionUID = 1L;

    public ProviderUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
