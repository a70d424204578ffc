package javax.telephony.phone;

import javax.telephony.InvalidArgumentException;

/**
 * The ringer of a telephone set, which sounds when a call is offered to the terminal.
 * <p>
 * Its volume is a level from {@link #OFF} ({@code 0}, silent) to {@link #FULL} ({@code 100}). It can
 * play one of {@link #getNumberOfRingPatterns()} patterns (cadences or tunes), numbered from zero.
 * Changes of volume are reported with {@link PhoneTerminalEvent#PHONE_TERMINAL_RINGER_VOLUME_EVENT},
 * changes of pattern with {@link PhoneTerminalEvent#PHONE_TERMINAL_RINGER_PATTERN_EVENT}.
 */
public interface PhoneRinger extends Component {
    /** The loudest ringer volume. */
    int FULL = 100;

    /** The middle ringer volume. */
    int MIDDLE = 50;

    /** The ringer is silent. */
    int OFF = 0;

    /**
     * Returns how many ring patterns the ringer offers.
     *
     * @return the number of patterns; valid pattern numbers run from {@code 0} to this value minus one
     */
    int getNumberOfRingPatterns();

    /**
     * Returns how many complete ring cycles the ringer has played for the call now ringing.
     *
     * @return the number of completed rings, or {@code 0} when the ringer is not ringing
     */
    int getNumberOfRings();

    /**
     * Returns the pattern the ringer currently plays.
     *
     * @return the pattern number, from {@code 0} to {@code getNumberOfRingPatterns() - 1}
     */
    int getRingerPattern();

    /**
     * Returns the ringer's current volume.
     *
     * @return the volume, from {@link #OFF} to {@link #FULL}
     */
    int getRingerVolume();

    /**
     * Tells whether the ringer is ringing right now. The method returns an {@code int} for historical
     * reasons; applications should compare the result with {@code 0}.
     *
     * @return a non-zero value while the ringer is ringing, {@code 0} otherwise
     */
    int isRingerOn();

    /**
     * Chooses the pattern the ringer plays.
     * <p>
     * Pre-condition: {@link javax.telephony.phone.capabilities.ComponentCapabilities#canControl()} is
     * {@code true}. Afterwards {@link #getRingerPattern()} returns the new pattern and, if it changed, a
     * {@link PhoneTerminalEvent#PHONE_TERMINAL_RINGER_PATTERN_EVENT} is reported.
     *
     * @param pattern the pattern number, from {@code 0} to {@code getNumberOfRingPatterns() - 1}
     * @throws InvalidArgumentException if the pattern number is outside that range
     */
    void setRingerPattern(int pattern) throws InvalidArgumentException;

    /**
     * Sets the ringer's volume.
     * <p>
     * Pre-condition: {@link javax.telephony.phone.capabilities.ComponentCapabilities#canControl()} is
     * {@code true}. If the volume changes, a {@link PhoneTerminalEvent#PHONE_TERMINAL_RINGER_VOLUME_EVENT}
     * follows with the volume now in effect, which may be the nearest step the hardware has.
     *
     * @param volume the new volume, from {@link #OFF} to {@link #FULL} inclusive
     * @throws InvalidArgumentException if the volume is outside that range
     */
    void setRingerVolume(int volume) throws InvalidArgumentException;
}
