package javax.telephony.mobile;

import javax.telephony.MethodNotSupportedException;
import javax.telephony.Terminal;

/**
 * The physical device of a wireless network, such as a mobile phone, a handheld computer or a laptop
 * with a cellular modem: a {@link Terminal} that can also tell its equipment identity and send DTMF
 * tones.
 * <p>
 * DTMF sending is here so that applications can work with servers that expect keyed tones, such as
 * voice menus. In cellular networks the tones are usually produced by the network on the device's
 * request rather than by the device itself; the implementation takes care of that. Tones can only be
 * sent while the terminal takes part in a connected call.
 */
public interface MobileTerminal extends Terminal {
    /**
     * Sends a sequence of DTMF tones on the terminal's connected call, one per character, and returns
     * when they have been sent.
     *
     * @param digits the tones to send: {@code 0}-{@code 9}, {@code A}-{@code D}, {@code *} and
     *     {@code #}; other characters are skipped
     * @return {@code true} if the tones were sent, {@code false} if not (for example when no call is
     *     connected)
     * @throws MethodNotSupportedException if the implementation cannot send DTMF tones
     */
    boolean generateDTMF(String digits) throws MethodNotSupportedException;

    /**
     * Returns the name of the device's manufacturer.
     *
     * @return the manufacturer name, or {@code null} if the implementation does not provide it
     */
    String getManufacturerName();

    /**
     * Returns the version of the device's software.
     *
     * @return the software version, or {@code null} if the implementation does not provide it
     */
    String getSoftwareVersion();

    /**
     * Returns the device's equipment identity, such as the IMEI (International Mobile Equipment
     * Identity) of a GSM device or the ESN (Electronic Serial Number) of a CDMA device.
     *
     * @return the equipment identity, or {@code null} if the implementation does not provide it
     */
    String getTerminalId();

    /**
     * Returns the device's type approval code, which identifies the approval under which the model may
     * be used in the network.
     *
     * @return the type approval code, or {@code null} if the implementation does not provide it
     */
    String getTypeApproval();

    /**
     * Starts sending one DTMF tone on the terminal's connected call and keeps it going until
     * {@link #stopDTMF()} is called, as when a user holds a key down.
     *
     * @param digit the tone: {@code 0}-{@code 9}, {@code A}-{@code D}, {@code *} or {@code #}
     * @return {@code true} if the tone started, {@code false} if not (for example when the character is
     *     not a DTMF digit or no call is connected)
     * @throws MethodNotSupportedException if the implementation cannot send DTMF tones
     */
    boolean startDTMF(char digit) throws MethodNotSupportedException;

    /**
     * Stops the tone started with {@link #startDTMF(char)}. Does nothing when no tone is being sent.
     */
    void stopDTMF();
}
