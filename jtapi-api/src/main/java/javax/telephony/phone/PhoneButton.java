package javax.telephony.phone;

/**
 * A button on a telephone set: a dial-pad key, a feature key or a line key.
 * <p>
 * Each button carries an <em>info</em> string that says what it does (its label, for example
 * {@code "5"}, {@code "Hold"} or a line number), and may have a {@link PhoneLamp} beside it that shows
 * the state of that feature or line. A press, whether by the user or through {@link #buttonPress()}, is
 * reported with {@link PhoneTerminalEvent#PHONE_TERMINAL_BUTTON_PRESS_EVENT}; a change of the info
 * string with {@link PhoneTerminalEvent#PHONE_TERMINAL_BUTTON_INFO_EVENT}.
 * <p>
 * Since JTAPI 1.4 an application can also learn about long presses: when a button is held for at least
 * the <em>press threshold</em>, a
 * {@link PhoneTerminalEvent#PHONE_TERMINAL_BUTTON_PRESS_THRESHOLD_EXCEEDED_EVENT} is reported while it
 * is held, and the press event that follows on release gives the time it was held
 * ({@link PhoneTerminalEvent#getPressedDuration()}).
 */
public interface PhoneButton extends Component {
    /**
     * Presses and releases this button, with the same effect as a user pressing it at the set.
     * <p>
     * Pre-condition: {@link javax.telephony.phone.capabilities.ComponentCapabilities#canControl()} is
     * {@code true} for this button. Afterwards a
     * {@link PhoneTerminalEvent#PHONE_TERMINAL_BUTTON_PRESS_EVENT} is reported to the terminal's
     * listeners, together with whatever the button's function causes (for example call events).
     */
    void buttonPress();

    /**
     * Returns the lamp that belongs to this button, for example the lamp of a line key.
     *
     * @return the associated lamp, or {@code null} if the button has none
     */
    PhoneLamp getAssociatedPhoneLamp();

    /**
     * Returns how long, in milliseconds, this button must be held before a
     * {@link PhoneTerminalEvent#PHONE_TERMINAL_BUTTON_PRESS_THRESHOLD_EXCEEDED_EVENT} is reported. The
     * default value depends on the implementation.
     *
     * @return the press threshold in milliseconds
     * @since 1.4
     */
    int getButtonPressThreshold();

    /**
     * Returns the information shown on or associated with this button, such as its label.
     *
     * @return the button's info string
     */
    String getInfo();

    /**
     * Sets how long, in milliseconds, this button must be held before a
     * {@link PhoneTerminalEvent#PHONE_TERMINAL_BUTTON_PRESS_THRESHOLD_EXCEEDED_EVENT} is reported.
     * With {@code 0} every press is reported as exceeding the threshold.
     * <p>
     * Pre-condition: {@link javax.telephony.phone.capabilities.ComponentCapabilities#canSetButtonPressThreshold()}
     * is {@code true}. A device may support only some values; the implementation then uses the nearest
     * one it supports and returns it.
     *
     * @param thresholdMillis the wanted threshold in milliseconds, zero or more
     * @return the threshold now in effect, in milliseconds
     * @since 1.4
     */
    int setButtonPressThreshold(int thresholdMillis);

    /**
     * Changes the information associated with this button, such as its label.
     * <p>
     * Pre-condition: {@link javax.telephony.phone.capabilities.ComponentCapabilities#canControl()} is
     * {@code true}. Afterwards {@link #getInfo()} returns the new value and, if it changed, a
     * {@link PhoneTerminalEvent#PHONE_TERMINAL_BUTTON_INFO_EVENT} carrying the old and the new value is
     * reported.
     *
     * @param info the new info string
     */
    void setInfo(String info);
}
