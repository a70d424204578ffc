package javax.telephony.phone;

import javax.telephony.Terminal;

/**
 * A {@link Terminal} whose physical telephone set is visible to the application: its buttons, lamps,
 * displays, hookswitch, microphones, speakers and ringer.
 * <p>
 * The parts of the set are {@link Component}s, gathered into {@link ComponentGroup}s such as the
 * handset, a headset, the speakerphone and the body of the set. The implementation builds this model
 * when it creates the terminal; applications reach it through {@link #getComponentGroups()} and find
 * out whether a terminal has one with {@code instanceof PhoneTerminal}.
 * <p>
 * Changes to the components are reported to the terminal's listeners: a listener given to
 * {@link Terminal#addTerminalListener(javax.telephony.TerminalListener)} that implements
 * {@link PhoneTerminalListener} receives them as {@link PhoneTerminalEvent}s. In the deprecated
 * observer model, an observer given to {@link Terminal#addObserver(javax.telephony.TerminalObserver)}
 * that implements {@link PhoneTerminalObserver} receives them as
 * {@link javax.telephony.phone.events.PhoneTermEv}s.
 */
public interface PhoneTerminal extends Terminal {
    /**
     * Returns the groups of components this terminal's telephone set is made of. The groups and their
     * components are the same objects for the whole life of the terminal.
     *
     * @return the component groups; empty if the set exposes none
     */
    ComponentGroup[] getComponentGroups();
}
