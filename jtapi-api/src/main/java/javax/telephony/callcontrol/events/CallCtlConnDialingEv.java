package javax.telephony.callcontrol.events;

/**
 * Reports that a {@link javax.telephony.callcontrol.CallControlConnection} entered
 * {@link javax.telephony.callcontrol.CallControlConnection#DIALING}: the originating party is dialing and the
 * number is not complete yet. When the core state changes too, the core
 * {@link javax.telephony.events.ConnConnectedEv} for the same change is delivered as well, normally in the
 * same batch.
 *
 * @deprecated since JTAPI 1.4; implement
 *     {@link javax.telephony.callcontrol.CallControlConnectionListener#connectionDialing}, which receives a
 *     {@link javax.telephony.callcontrol.CallControlConnectionEvent} whose ID is
 *     {@code CALLCTL_CONNECTION_DIALING}.
 */
public interface CallCtlConnDialingEv extends CallCtlConnEv {
    /** The event ID of this event, as returned by {@link javax.telephony.events.Ev#getID()}. */
    int ID = 204;

    /**
     * Returns the digits dialed so far on the Connection.
     *
     * @return the digits dialed when the event occurred, or {@code null} when they are not known
     */
    String getDigits();
}
