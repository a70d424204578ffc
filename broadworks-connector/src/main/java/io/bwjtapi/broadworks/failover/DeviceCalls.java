package io.bwjtapi.broadworks.failover;

import io.bwjtapi.provider.spi.CallUpdate;
import io.bwjtapi.provider.spi.ServiceCause;
import io.bwjtapi.provider.spi.ServiceSnapshot;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The complete call state the failover operations hand to the JTAPI layer, taken from the call model. Whatever
 * is handed out is what the layer knows afterwards, so later call reports are deltas against it. Switch thread
 * only.
 */
public interface DeviceCalls {
    /**
     * @param userId a monitored user
     * @param visible the users the JTAPI layer sees in service (their connections are included)
     * @return the complete state of every call at the user
     */
    List<CallUpdate> completeCallsAt(String userId, Predicate<String> visible);

    /**
     * @param visible the users that come in service (their connections are included)
     * @param outOfService address name to cause, for the devices that stay out of service
     * @return the complete state of every call with a user that comes in service
     */
    ServiceSnapshot restore(Predicate<String> visible, Map<String, ServiceCause> outOfService);
}
