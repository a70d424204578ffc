package javax.telephony.phone.events;

/**
 * Reports that a {@link javax.telephony.phone.PhoneHookswitch} moved on or off hook (observer model).
 * The hookswitch is {@link #getComponent()}.
 *
 * @deprecated As of JTAPI 1.4, replaced by a {@link javax.telephony.phone.PhoneTerminalEvent} with ID
 *     {@link javax.telephony.phone.PhoneTerminalEvent#PHONE_TERMINAL_HOOKSWITCH_STATE_EVENT}, delivered to
 *     {@link javax.telephony.phone.PhoneTerminalListener#terminalHookswitchStateChanged}.
 */
public interface HookswitchStateEv extends PhoneTermEv {
    /** The event ID of this event, as returned by {@link #getID()}. */
    int ID = 503;

    /**
     * Returns the hookswitch position after the change.
     *
     * @return {@link javax.telephony.phone.PhoneHookswitch#ON_HOOK} or
     *     {@link javax.telephony.phone.PhoneHookswitch#OFF_HOOK}
     */
    int getHookSwitchState();
}
