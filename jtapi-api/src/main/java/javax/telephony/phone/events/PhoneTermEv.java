package javax.telephony.phone.events;

import javax.telephony.events.TermEv;
import javax.telephony.phone.Component;
import javax.telephony.phone.ComponentGroup;

/**
 * The base of the observer-model events that report a change to one {@link Component} of a
 * {@link javax.telephony.phone.PhoneTerminal}.
 * <p>
 * These events reach only terminal observers that implement
 * {@link javax.telephony.phone.PhoneTerminalObserver}; they arrive, mixed with the core terminal events
 * and in the order the changes happened, in
 * {@link javax.telephony.TerminalObserver#terminalChangedEvent(TermEv[])}. {@link #getTerminal()} is the
 * terminal, {@link #getComponent()} the component that changed and {@link #getID()} says which
 * sub-interface the event implements: {@link ButtonInfoEv}, {@link ButtonPressEv},
 * {@link DisplayUpdateEv}, {@link HookswitchStateEv}, {@link LampModeEv}, {@link MicrophoneGainEv},
 * {@link RingerPatternEv}, {@link RingerVolumeEv} or {@link SpeakerVolumeEv}. The observer model has no
 * event for a button held past its press threshold.
 *
 * @deprecated As of JTAPI 1.4, replaced by {@link javax.telephony.phone.PhoneTerminalEvent}, delivered
 *     to a {@link javax.telephony.phone.PhoneTerminalListener}.
 */
public interface PhoneTermEv extends TermEv, PhoneEv {
    /**
     * Returns the component this event is about.
     *
     * @return the button, lamp, display, hookswitch, microphone, ringer or speaker that changed
     */
    Component getComponent();

    /**
     * Returns the group that holds the component this event is about.
     *
     * @return the component's group
     */
    ComponentGroup getComponentGroup();
}
