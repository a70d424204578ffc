/**
 * The phone package: the physical telephone set behind a {@link javax.telephony.Terminal}.
 * <p>
 * A terminal that implements {@link javax.telephony.phone.PhoneTerminal} exposes its set as
 * {@link javax.telephony.phone.ComponentGroup}s (handset, headset, speakerphone, the body of the set),
 * each made of {@link javax.telephony.phone.Component}s: buttons, lamps, character and graphic displays,
 * the hookswitch, microphones, speakers and the ringer. Applications read the state of these parts and,
 * where the capabilities in {@code javax.telephony.phone.capabilities} allow it, drive them as a user at
 * the set would: press a button, lift the handset, write on the display, set a volume.
 * <p>
 * Every change to a component, whoever made it, is reported to the terminal's listeners. Since JTAPI 1.4
 * a {@link javax.telephony.phone.PhoneTerminalListener} added with
 * {@code Terminal.addTerminalListener} receives one {@link javax.telephony.phone.PhoneTerminalEvent} per
 * change; a setter that leaves the value as it was reports nothing. The JTAPI 1.2 observer model
 * ({@link javax.telephony.phone.PhoneTerminalObserver} and the events of
 * {@code javax.telephony.phone.events}) still works but is deprecated.
 */
package javax.telephony.phone;
