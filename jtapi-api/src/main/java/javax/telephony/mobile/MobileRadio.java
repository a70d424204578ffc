package javax.telephony.mobile;

import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;

/**
 * The radio of a wireless device: whether it is switched on, whether it switches on when the device
 * starts, and how strong the received signal is.
 * <p>
 * Switching the radio off (as in a plane) ends all network service: the {@link MobileProvider} goes
 * {@code OUT_OF_SERVICE} with cause {@link MobileProviderEvent#CAUSE_RADIO_OFF}, the signal level drops to
 * zero and no network events are reported until the radio is on again. Once it is back on, the provider
 * reaches whatever state the networks in reach and the subscription allow.
 * <p>
 * This interface does not say which object provides it: an implementation documents which of its
 * objects (for example its {@code MobileProvider}) also implements {@code MobileRadio}. Changes are
 * reported to the {@link MobileRadioListener}s added with {@link #addRadioListener(MobileRadioListener)}.
 */
public interface MobileRadio {
    /**
     * Starts reporting the radio's changes to the given listener, until it is removed with
     * {@link #removeRadioListener(MobileRadioListener)}. Adding a listener that is already registered has no
     * effect.
     *
     * @param listener the listener to add
     * @throws MethodNotSupportedException if the implementation does not report radio events
     */
    void addRadioListener(MobileRadioListener listener) throws MethodNotSupportedException;

    /**
     * Returns the highest value {@link #getSignalLevel()} can return, for example {@code 5} for a GSM
     * device that shows five bars.
     *
     * @return the maximum signal level, at least {@code 1}
     */
    int getMaxSignalLevel();

    /**
     * Tells whether the radio is switched on when the device starts.
     *
     * @return {@code true} if the radio starts switched on
     * @throws MethodNotSupportedException if the implementation cannot tell the start-up setting
     */
    boolean getRadioStartState() throws MethodNotSupportedException;

    /**
     * Tells whether the radio is switched on now.
     *
     * @return {@code true} if the radio is on
     * @throws MethodNotSupportedException if the implementation cannot tell the radio's state
     */
    boolean getRadioState() throws MethodNotSupportedException;

    /**
     * Returns the strength of the received signal, on a scale from {@code 1} (weakest) to
     * {@link #getMaxSignalLevel()} (strongest). Changes are reported with
     * {@link MobileRadioEvent#MOBILERADIO_SIGNAL_LEVEL_CHANGED}.
     *
     * @return the signal level, or {@code 0} while the radio is off or receives nothing
     */
    int getSignalLevel();

    /**
     * Stops reporting the radio's changes to the given listener. Removing a listener that is not
     * registered has no effect.
     *
     * @param listener the listener to remove
     */
    void removeRadioListener(MobileRadioListener listener);

    /**
     * Chooses whether the radio is switched on when the device starts. No PIN or password is taken
     * here; if the device needs one, it is asked for in the device's own way or when a provider is next
     * obtained. Afterwards {@link MobileRadioEvent#MOBILERADIO_STARTSTATE_ON} or
     * {@link MobileRadioEvent#MOBILERADIO_STARTSTATE_OFF} is reported if the setting changed.
     *
     * @param radioOn {@code true} to start with the radio on, {@code false} to start with it off
     * @throws InvalidStateException if the setting cannot be changed in the current state of the device,
     *     for example while it is locked
     * @throws MethodNotSupportedException if the implementation cannot change the start-up setting
     */
    void setRadioStartState(boolean radioOn) throws InvalidStateException, MethodNotSupportedException;

    /**
     * Switches the radio on or off.
     * <p>
     * Switching off first takes the {@link MobileProvider} {@code OUT_OF_SERVICE} (cause
     * {@link MobileProviderEvent#CAUSE_RADIO_OFF}), then turns the radio off; the signal level becomes
     * {@code 0}. Switching on lets the provider reach whatever state the networks and the subscription
     * allow. Afterwards {@link MobileRadioEvent#MOBILERADIO_RADIO_OFF} or
     * {@link MobileRadioEvent#MOBILERADIO_RADIO_ON} is reported if the state changed.
     *
     * @param radioOn {@code true} to switch the radio on, {@code false} to switch it off
     * @throws InvalidStateException if the radio cannot be switched in the current state, for example
     *     while the device is locked by a PIN or the provider's state does not allow it
     * @throws MethodNotSupportedException if the implementation does not let applications switch the
     *     radio
     */
    void setRadioState(boolean radioOn) throws InvalidStateException, MethodNotSupportedException;
}
