package io.bwjtapi.ext;

import javax.telephony.events.Ev;

/**
 * The causes carried by the out-of-service events of bwjtapi: {@link BwAddrOutOfServiceEv},
 * {@link BwTermOutOfServiceEv}, {@link BwAddressEvent}/{@link BwTerminalEvent} with an out-of-service ID,
 * and the provider's {@link javax.telephony.events.ProvOutOfServiceEv} and
 * {@link javax.telephony.events.ProvShutdownEv} (and their listener events). Read them with
 * {@link Ev#getCause()}; the values do not overlap the standard causes.
 */
public interface BwOutOfServiceEv extends Ev {
    /** Every channel to BroadWorks was lost (the analogue of Cisco's CTIManager failure). */
    int CAUSE_CONNECTION_LOST = 1501;

    /**
     * The Application Server hosting the user failed over and the user's calls are being resynchronised
     * (the analogue of Cisco's CallManager failure).
     */
    int CAUSE_SERVER_FAILOVER = 1502;

    /** The user's device is unavailable (unregistered or failed); the user is still monitored. */
    int CAUSE_DEVICE_UNAVAILABLE = 1503;

    /** The user no longer exists or can no longer be monitored; observation of the device ends. */
    int CAUSE_DEVICE_REMOVED = 1504;

    /** bwjtapi gave up reconnecting to BroadWorks after the configured limit; the provider shuts down. */
    int CAUSE_RECONNECT_GAVE_UP = 1505;

    /** The device has not been synchronised with BroadWorks yet (the state of a new provider's devices). */
    int CAUSE_NOT_YET_SYNCHRONISED = 1506;

    /** BroadWorks refused to monitor the user for now; bwjtapi keeps trying. */
    int CAUSE_MONITORING_REFUSED = 1507;
}
