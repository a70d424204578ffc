package io.bwjtapi.provider;

import io.bwjtapi.config.ProviderConfig;

/** Removes secrets from messages that may quote what a connector or the switch said. */
final class Redaction {
    private static final String MASK = "****";

    private Redaction() {
    }

    static String scrub(String message, ProviderConfig config) {
        String result = message == null ? "" : message;
        result = mask(result, config.password());
        if (config.trustStorePassword().isPresent()) {
            result = mask(result, config.trustStorePassword().get());
        }
        return result;
    }

    private static String mask(String text, String secret) {
        return secret == null || secret.isEmpty() ? text : text.replace(secret, MASK);
    }
}
