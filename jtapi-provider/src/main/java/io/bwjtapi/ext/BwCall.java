package io.bwjtapi.ext;

import javax.telephony.callcontrol.CallControlCall;

/**
 * A bwjtapi call, with a stable identifier.
 * <p>
 * Every call of a bwjtapi provider implements this interface.
 */
public interface BwCall extends CallControlCall {
    /**
     * Returns the identifier of this call session. It is assigned when the call is first reported (for a
     * call the application places, when BroadWorks accepts it), never changes afterwards, and stays the
     * same across provider and device failover, so applications can correlate a call before and after an
     * outage (the equivalent of Cisco's {@code CiscoCall.getCallID()}).
     *
     * @return the call identifier, or {@code null} for an idle call that has not been placed yet
     */
    String getCallId();
}
