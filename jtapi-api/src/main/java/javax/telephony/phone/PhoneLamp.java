package javax.telephony.phone;

import javax.telephony.InvalidArgumentException;

/**
 * A lamp (indicator light) on a telephone set, often placed beside a {@link PhoneButton} to show the
 * state of a line or feature.
 * <p>
 * A lamp is always in one of the modes below; a lamp supports a subset of them, given by
 * {@link #getSupportedModes()}:
 * <ul>
 *   <li>{@link #LAMPMODE_OFF}: dark;</li>
 *   <li>{@link #LAMPMODE_STEADY}: lit all the time;</li>
 *   <li>{@link #LAMPMODE_FLASH}: slowly on and off;</li>
 *   <li>{@link #LAMPMODE_FLUTTER}: rapidly on and off;</li>
 *   <li>{@link #LAMPMODE_BROKENFLUTTER}: rapid flicker in bursts, separated by slow pauses;</li>
 *   <li>{@link #LAMPMODE_WINK}: lit, with short dark interruptions at a regular rate.</li>
 * </ul>
 * Which mode means what (ringing, held, in use) is up to the switch and the set. Every change of mode
 * is reported with {@link PhoneTerminalEvent#PHONE_TERMINAL_LAMP_MODE_EVENT}.
 */
public interface PhoneLamp extends Component {
    /** The lamp flickers rapidly in bursts separated by pauses: flash and flutter combined. */
    int LAMPMODE_BROKENFLUTTER = 4;

    /** The lamp goes on and off at a slow rate. */
    int LAMPMODE_FLASH = 1;

    /** The lamp goes on and off at a fast rate. */
    int LAMPMODE_FLUTTER = 3;

    /** The lamp is dark. */
    int LAMPMODE_OFF = 0;

    /** The lamp is lit continuously. */
    int LAMPMODE_STEADY = 2;

    /** The lamp is lit but goes dark briefly at a regular rate. */
    int LAMPMODE_WINK = 5;

    /**
     * Returns the button this lamp belongs to.
     *
     * @return the associated button, or {@code null} if the lamp stands alone
     */
    PhoneButton getAssociatedPhoneButton();

    /**
     * Returns the lamp's current mode.
     *
     * @return one of the {@code LAMPMODE_*} constants
     */
    int getMode();

    /**
     * Returns the modes this lamp can show; {@link #setMode(int)} accepts exactly these.
     *
     * @return the supported {@code LAMPMODE_*} values; never {@code null}
     */
    int[] getSupportedModes();

    /**
     * Puts the lamp in the given mode.
     * <p>
     * Pre-condition: {@link javax.telephony.phone.capabilities.ComponentCapabilities#canControl()} is
     * {@code true}. Afterwards {@link #getMode()} returns the new mode and, if it changed, a
     * {@link PhoneTerminalEvent#PHONE_TERMINAL_LAMP_MODE_EVENT} is reported. The switch may later set
     * another mode on its own, for example when the state of the line changes.
     *
     * @param mode one of the values returned by {@link #getSupportedModes()}
     * @throws InvalidArgumentException if the mode is not one this lamp supports
     */
    void setMode(int mode) throws InvalidArgumentException;
}
