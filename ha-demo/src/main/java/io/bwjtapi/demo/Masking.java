package io.bwjtapi.demo;

/** Hides secrets before anything is shown or written. */
final class Masking {
    private Masking() {
    }

    /** @return the provider string with every password value replaced by asterisks */
    static String providerString(String providerString) {
        return providerString.replaceAll("(?i)((?:passwd|trustStorePassword)\\s*=)[^;]*", "$1******");
    }
}
