package javax.telephony.callcontrol.events;

import javax.telephony.events.Ev;

/**
 * The base of every JTAPI 1.2 observer-model event of the call control package. Like its listener-model
 * counterpart {@link javax.telephony.callcontrol.CallControlEvent}, it adds a call control cause, with the
 * same values, to the core cause and meta code of {@link Ev}.
 * <p>
 * Call control events reach only observers that implement one of the marker interfaces
 * {@link javax.telephony.callcontrol.CallControlCallObserver},
 * {@link javax.telephony.callcontrol.CallControlAddressObserver} or
 * {@link javax.telephony.callcontrol.CallControlTerminalObserver}. The event IDs of this package (200 to 221)
 * and the cause values (202 to 214) are separate number spaces that happen to overlap.
 *
 * @deprecated since JTAPI 1.4; use {@link javax.telephony.callcontrol.CallControlEvent} and the call control
 *     listeners.
 */
public interface CallCtlEv extends Ev {
    /**
     * Cause: one call was put on hold and another retrieved in a single step; same meaning as
     * {@link javax.telephony.callcontrol.CallControlEvent#CAUSE_ALTERNATE}.
     */
    int CAUSE_ALTERNATE = 202;

    /**
     * Cause: the call met a busy party; same meaning as
     * {@link javax.telephony.callcontrol.CallControlEvent#CAUSE_BUSY}.
     */
    int CAUSE_BUSY = 203;

    /**
     * Cause: the event results from the call-back feature; same meaning as
     * {@link javax.telephony.callcontrol.CallControlEvent#CAUSE_CALL_BACK}.
     */
    int CAUSE_CALL_BACK = 204;

    /**
     * Cause: the call was not answered in time; same meaning as
     * {@link javax.telephony.callcontrol.CallControlEvent#CAUSE_CALL_NOT_ANSWERED}.
     */
    int CAUSE_CALL_NOT_ANSWERED = 205;

    /**
     * Cause: the event results from a call pickup; same meaning as
     * {@link javax.telephony.callcontrol.CallControlEvent#CAUSE_CALL_PICKUP}.
     */
    int CAUSE_CALL_PICKUP = 206;

    /**
     * Cause: the event results from a conference; same meaning as
     * {@link javax.telephony.callcontrol.CallControlEvent#CAUSE_CONFERENCE}.
     */
    int CAUSE_CONFERENCE = 207;

    /**
     * Cause: the event results from the do-not-disturb feature; same meaning as
     * {@link javax.telephony.callcontrol.CallControlEvent#CAUSE_DO_NOT_DISTURB}.
     */
    int CAUSE_DO_NOT_DISTURB = 208;

    /**
     * Cause: the event results from parking a call; same meaning as
     * {@link javax.telephony.callcontrol.CallControlEvent#CAUSE_PARK}.
     */
    int CAUSE_PARK = 209;

    /**
     * Cause: the event results from forwarding or redirection; same meaning as
     * {@link javax.telephony.callcontrol.CallControlEvent#CAUSE_REDIRECTED}.
     */
    int CAUSE_REDIRECTED = 210;

    /**
     * Cause: the call met reorder tone (it could not be routed); same meaning as
     * {@link javax.telephony.callcontrol.CallControlEvent#CAUSE_REORDER_TONE}.
     */
    int CAUSE_REORDER_TONE = 211;

    /**
     * Cause: the event results from a transfer; same meaning as
     * {@link javax.telephony.callcontrol.CallControlEvent#CAUSE_TRANSFER}.
     */
    int CAUSE_TRANSFER = 212;

    /**
     * Cause: all trunks were busy; same meaning as
     * {@link javax.telephony.callcontrol.CallControlEvent#CAUSE_TRUNKS_BUSY}.
     */
    int CAUSE_TRUNKS_BUSY = 213;

    /**
     * Cause: the event results from taking a call off hold; same meaning as
     * {@link javax.telephony.callcontrol.CallControlEvent#CAUSE_UNHOLD}.
     */
    int CAUSE_UNHOLD = 214;

    /**
     * Returns the call control cause of this event.
     *
     * @return one of the {@code CAUSE_*} constants of this interface, or {@link Ev#CAUSE_NORMAL} or
     *     {@link Ev#CAUSE_UNKNOWN} when no call control cause applies
     */
    int getCallControlCause();
}
