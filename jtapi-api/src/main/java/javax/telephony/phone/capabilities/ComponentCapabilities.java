package javax.telephony.phone.capabilities;

/**
 * Tells what an application may do with one {@link javax.telephony.phone.Component} at present.
 * <p>
 * These are dynamic capabilities: they describe this component as it is now, for this application, and
 * may change, for example when the terminal goes out of service. Obtain them with
 * {@link javax.telephony.phone.Component#getCapabilities()}. Calling a method the capabilities deny may
 * fail or have no effect.
 */
public interface ComponentCapabilities {
    /**
     * Tells whether the application can drive this component: change the gain of a microphone, the
     * volume of a speaker or ringer, the mode of a lamp, the text of a display, the position of the
     * hookswitch, or press a button.
     *
     * @return {@code true} if the component's setters and actions take effect
     */
    boolean canControl();

    /**
     * Tells whether the application can watch this component: its getters return the real current
     * state and its changes are reported as {@link javax.telephony.phone.PhoneTerminalEvent}s (or, in
     * the observer model, {@link javax.telephony.phone.events.PhoneTermEv}s).
     *
     * @return {@code true} if the component's state can be read and its changes are reported
     */
    boolean canObserve();

    /**
     * Tells whether {@link javax.telephony.phone.PhoneButton#setButtonPressThreshold(int)} works on this
     * component, so that long presses are reported. It is {@code false} for components that are not
     * buttons.
     *
     * @return {@code true} if a button press threshold can be set
     * @since 1.4
     */
    boolean canSetButtonPressThreshold();
}
