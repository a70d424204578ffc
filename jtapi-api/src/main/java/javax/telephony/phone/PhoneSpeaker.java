package javax.telephony.phone;

/**
 * A speaker of a telephone set, for example the earpiece of the handset or headset or the loudspeaker
 * of a speakerphone.
 * <p>
 * Its volume is a level from {@link #MUTE} ({@code 0}, silent) to {@link #FULL} ({@code 100}); the
 * implementation maps the level onto the steps the hardware has. Every change of volume is reported
 * with {@link PhoneTerminalEvent#PHONE_TERMINAL_SPEAKER_VOLUME_EVENT}.
 */
public interface PhoneSpeaker extends Component {
    /** The loudest volume. */
    int FULL = 100;

    /** The middle volume. */
    int MID = 50;

    /** The speaker is silent. */
    int MUTE = 0;

    /**
     * Returns the speaker's current volume.
     *
     * @return the volume, from {@link #MUTE} to {@link #FULL}
     */
    int getVolume();

    /**
     * Sets the speaker's volume.
     * <p>
     * Pre-condition: {@link javax.telephony.phone.capabilities.ComponentCapabilities#canControl()} is
     * {@code true}. A value below {@link #MUTE} or above {@link #FULL} is limited to that bound.
     * If the volume changes, a {@link PhoneTerminalEvent#PHONE_TERMINAL_SPEAKER_VOLUME_EVENT} follows with
     * the volume now in effect, which may be the nearest step the hardware has.
     *
     * @param volume the new volume, from {@link #MUTE} to {@link #FULL} inclusive
     */
    void setVolume(int volume);
}
