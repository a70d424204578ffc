package javax.telephony.phone;

import javax.telephony.InvalidArgumentException;

/**
 * The hookswitch of a telephone set: the switch that tells whether the handset is lifted
 * ({@link #OFF_HOOK}) or resting in its cradle ({@link #ON_HOOK}).
 * <p>
 * Going off hook is how a user answers a ringing call or asks for dial tone; going on hook ends the
 * user's part in the call. Every change, whether by the user or through {@link #setHookSwitch(int)}, is
 * reported with {@link PhoneTerminalEvent#PHONE_TERMINAL_HOOKSWITCH_STATE_EVENT}, followed by whatever
 * call events the change causes.
 */
public interface PhoneHookswitch extends Component {
    /** The handset is lifted: the set is in use. */
    int OFF_HOOK = 1;

    /** The handset rests in its cradle: the set is idle as far as the hookswitch goes. */
    int ON_HOOK = 0;

    /**
     * Returns the current position of the hookswitch.
     *
     * @return {@link #ON_HOOK} or {@link #OFF_HOOK}
     */
    int getHookSwitchState();

    /**
     * Moves the hookswitch, with the same effect as the user lifting or replacing the handset: going off
     * hook while a call rings answers it, going on hook drops the set from its active call.
     * <p>
     * Pre-condition: {@link javax.telephony.phone.capabilities.ComponentCapabilities#canControl()} is
     * {@code true}. Setting the position the switch already has changes nothing and reports nothing;
     * otherwise a {@link PhoneTerminalEvent#PHONE_TERMINAL_HOOKSWITCH_STATE_EVENT} follows.
     *
     * @param hookSwitchState {@link #ON_HOOK} or {@link #OFF_HOOK}
     * @throws InvalidArgumentException if the value is neither {@link #ON_HOOK} nor {@link #OFF_HOOK}
     */
    void setHookSwitch(int hookSwitchState) throws InvalidArgumentException;
}
