package javax.telephony.phone;

import javax.telephony.phone.capabilities.ComponentCapabilities;

/**
 * One physical part of a telephone set that an application can see and possibly drive: a button, a
 * lamp, a character or graphic display, the hookswitch, a microphone, a speaker or the ringer.
 * <p>
 * Every component belongs to exactly one {@link ComponentGroup} of a {@link PhoneTerminal}; the
 * implementation creates the components when it models the terminal, and they live as long as the
 * terminal does. The sub-interfaces ({@link PhoneButton}, {@link PhoneLamp}, {@link PhoneDisplay},
 * {@link PhoneGraphicDisplay}, {@link PhoneHookswitch}, {@link PhoneMicrophone}, {@link PhoneSpeaker},
 * {@link PhoneRinger}) say what kind of part it is; applications find out with {@code instanceof}.
 * <p>
 * Changes to a component, whether made by the application or by the user at the set, are reported to
 * the terminal's {@link PhoneTerminalListener}s as {@link PhoneTerminalEvent}s whose
 * {@link PhoneTerminalEvent#getComponent()} is this component.
 */
public interface Component {
    /**
     * Returns what the application may do with this component right now: whether it can watch its
     * changes, drive it, and (for buttons) set a press threshold.
     *
     * @return the component's dynamic capabilities; never {@code null}
     */
    ComponentCapabilities getCapabilities();

    /**
     * Returns a name that tells people which part of the set this component is, for example
     * {@code "Button 3"} or {@code "Handset microphone"}. The name does not change while the terminal
     * exists.
     *
     * @return the component's name
     */
    String getName();
}
