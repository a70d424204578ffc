package javax.telephony.callcontrol.events;

import javax.telephony.callcontrol.CallControlForwarding;

/**
 * Reports that the forwarding instructions of a {@link javax.telephony.callcontrol.CallControlAddress}
 * changed, by the application or by anybody else.
 *
 * @deprecated since JTAPI 1.4; implement
 *     {@link javax.telephony.callcontrol.CallControlAddressListener#addressForwarded}, which receives a
 *     {@link javax.telephony.callcontrol.CallControlAddressEvent} whose ID is
 *     {@code CALLCTL_ADDRESS_EVENT_FORWARD}.
 */
public interface CallCtlAddrForwardEv extends CallCtlAddrEv {
    /** The event ID of this event, as returned by {@link javax.telephony.events.Ev#getID()}. */
    int ID = 201;

    /**
     * Returns the forwarding instructions in force after the change.
     *
     * @return the instructions, or {@code null} when forwarding is off
     */
    CallControlForwarding[] getForwarding();
}
