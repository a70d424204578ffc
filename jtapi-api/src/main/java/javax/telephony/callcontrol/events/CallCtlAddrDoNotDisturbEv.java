package javax.telephony.callcontrol.events;

/**
 * Reports that the do-not-disturb setting of a {@link javax.telephony.callcontrol.CallControlAddress}
 * changed, by the application or by anybody else.
 *
 * @deprecated since JTAPI 1.4; implement
 *     {@link javax.telephony.callcontrol.CallControlAddressListener#addressDoNotDisturb}, which receives a
 *     {@link javax.telephony.callcontrol.CallControlAddressEvent} whose ID is
 *     {@code CALLCTL_ADDRESS_EVENT_DO_NOT_DISTURB}.
 */
public interface CallCtlAddrDoNotDisturbEv extends CallCtlAddrEv {
    /** The event ID of this event, as returned by {@link javax.telephony.events.Ev#getID()}. */
    int ID = 200;

    /**
     * Returns the do-not-disturb setting after the change.
     *
     * @return {@code true} when do-not-disturb is on
     */
    boolean getDoNotDisturbState();
}
