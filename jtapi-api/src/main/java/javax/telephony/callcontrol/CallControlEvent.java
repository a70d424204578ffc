package javax.telephony.callcontrol;

import javax.telephony.Event;

/**
 * The base of every listener-model event of the call control package: it adds a call control
 * <em>cause</em>, which says which feature (transfer, park, pickup...) or which condition (busy, no
 * answer...) led to the event, where the core {@link Event#getCause()} can only say "normal" or "unknown".
 * <p>
 * It is extended by {@link CallControlAddressEvent}, {@link CallControlCallEvent} (and through it
 * {@link CallControlConnectionEvent} and {@link CallControlTerminalConnectionEvent}) and
 * {@link CallControlTerminalEvent}. The cause values share their numbers with
 * {@link javax.telephony.callcontrol.events.CallCtlEv}, its JTAPI 1.2 observer-model counterpart.
 */
public interface CallControlEvent extends Event {
    /**
     * The user alternated: one call was put on hold and another one retrieved in a single step, as
     * single-line phones do.
     */
    int CAUSE_ALTERNATE = 202;

    /** The call met a busy party. */
    int CAUSE_BUSY = 203;

    /** The event results from the call-back feature (a call placed again once the party became free). */
    int CAUSE_CALL_BACK = 204;

    /** The call was not answered before the switch's timer ran out. */
    int CAUSE_CALL_NOT_ANSWERED = 205;

    /** The event results from a call pickup (see {@link CallControlTerminal#pickup}). */
    int CAUSE_CALL_PICKUP = 206;

    /** The event results from a conference (see {@link CallControlCall#conference}). */
    int CAUSE_CONFERENCE = 207;

    /** The event results from the do-not-disturb feature, for example a call refused because it is on. */
    int CAUSE_DO_NOT_DISTURB = 208;

    /** The event results from parking a call (see {@link CallControlConnection#park}). */
    int CAUSE_PARK = 209;

    /** The event results from a redirection: forwarding or {@link CallControlConnection#redirect}. */
    int CAUSE_REDIRECTED = 210;

    /** The call met reorder tone: the switch could not route it, for example an invalid number. */
    int CAUSE_REORDER_TONE = 211;

    /** The event results from a transfer (see {@link CallControlCall#transfer(String)}). */
    int CAUSE_TRANSFER = 212;

    /** The call could not leave the switch because all trunks were busy. */
    int CAUSE_TRUNKS_BUSY = 213;

    /** The event results from taking a call off hold (see {@link CallControlTerminalConnection#unhold()}). */
    int CAUSE_UNHOLD = 214;

    /**
     * Returns the call control cause of this event.
     *
     * @return one of the {@code CAUSE_*} constants of this interface, or {@link Event#CAUSE_NORMAL} or
     *     {@link Event#CAUSE_UNKNOWN} when no call control cause applies
     */
    int getCallControlCause();
}
