package io.bwjtapi.provider.domain;

import javax.telephony.MethodNotSupportedException;

/**
 * The reasons given with {@link MethodNotSupportedException} for what bwjtapi does not offer, in one place so
 * that they match the capability objects (which report {@code false} for exactly these).
 */
public final class Unsupported {
    private Unsupported() {
    }

    /** @param what the method @return the exception for a feature BroadWorks' Xsi interface lacks */
    public static MethodNotSupportedException byBroadWorks(String what) {
        return new MethodNotSupportedException(what + " is not supported: BroadWorks offers no such operation "
                + "through Xsi");
    }

    /** @param what the method @return the exception for a feature not provided by this version of bwjtapi */
    public static MethodNotSupportedException notProvided(String what) {
        return new MethodNotSupportedException(what + " is not supported by this version of bwjtapi");
    }

    /** @param what the method @param name the remote address @return the exception for a remote party */
    public static MethodNotSupportedException remote(String what, String name) {
        return new MethodNotSupportedException(what + " is not supported on '" + name + "': it is a remote party "
                + "outside the provider's domain, which BroadWorks does not report to bwjtapi");
    }
}
