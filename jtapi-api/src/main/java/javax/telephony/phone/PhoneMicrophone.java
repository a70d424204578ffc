package javax.telephony.phone;

import javax.telephony.InvalidArgumentException;

/**
 * A microphone of a telephone set, for example the one in the handset, headset or speakerphone.
 * <p>
 * Its gain is a level from {@link #MUTE} ({@code 0}, nothing is picked up) to {@link #FULL}
 * ({@code 100}, the loudest the device offers); the implementation maps the level onto the steps the
 * hardware has. Every change of gain is reported with
 * {@link PhoneTerminalEvent#PHONE_TERMINAL_MICROPHONE_GAIN_EVENT}.
 */
public interface PhoneMicrophone extends Component {
    /** The highest gain level. */
    int FULL = 100;

    /** The middle gain level. */
    int MID = 50;

    /** The microphone is muted: the far end hears nothing from it. */
    int MUTE = 0;

    /**
     * Returns the microphone's current gain.
     *
     * @return the gain, from {@link #MUTE} to {@link #FULL}
     */
    int getGain();

    /**
     * Sets the microphone's gain.
     * <p>
     * Pre-condition: {@link javax.telephony.phone.capabilities.ComponentCapabilities#canControl()} is
     * {@code true}. If the gain changes, a {@link PhoneTerminalEvent#PHONE_TERMINAL_MICROPHONE_GAIN_EVENT}
     * follows with the level now in effect, which may be the nearest step the hardware has.
     *
     * @param gain the new gain, from {@link #MUTE} to {@link #FULL} inclusive
     * @throws InvalidArgumentException if the gain is outside that range
     */
    void setGain(int gain) throws InvalidArgumentException;
}
