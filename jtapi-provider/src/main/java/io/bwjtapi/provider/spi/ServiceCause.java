package io.bwjtapi.provider.spi;

/**
 * Why the provider or a device left service; the JTAPI layer reports it as the cause of the
 * out-of-service events ({@code io.bwjtapi.ext.BwOutOfServiceEv} causes).
 */
public enum ServiceCause {
    /** Every channel to BroadWorks was lost. */
    CONNECTION_LOST,
    /** The user's Application Server failed over (unsolicited resync event). */
    SERVER_FAILOVER,
    /** A forced resync found the model out of step with BroadWorks (reported like a server failover). */
    OUT_OF_SYNC,
    /** The user's device is unavailable (unregistered, failed). */
    DEVICE_UNAVAILABLE,
    /** The user was deleted or can no longer be monitored. */
    DEVICE_REMOVED,
    /** BroadWorks refused the user's subscription for now. */
    MONITORING_REFUSED,
    /** The reconnect limit was reached. */
    RECONNECT_GAVE_UP,
    /** The device has not been synchronised yet. */
    NOT_YET_SYNCHRONISED
}
