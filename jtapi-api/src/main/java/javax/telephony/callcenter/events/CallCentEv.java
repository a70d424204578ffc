package javax.telephony.callcenter.events;

import javax.telephony.events.Ev;

/**
 * The common base of the JTAPI 1.2 observer events of the call-center package: it adds a call-center
 * cause to the core {@link Ev}.
 * <p>
 * The agent events ({@link ACDAddrEv}, {@link AgentTermEv}) and the call events ({@link CallCentCallEv}
 * and its sub-interfaces) extend it. They reach observers that implement the marker interfaces
 * {@link javax.telephony.callcenter.ACDAddressObserver},
 * {@link javax.telephony.callcenter.AgentTerminalObserver}
 * and {@link javax.telephony.callcenter.CallCenterCallObserver}, in batches like every observer event.
 *
 * @deprecated Since JTAPI 1.4 use the listener model: {@link javax.telephony.callcenter.CallCenterEvent}
 *     and its sub-interfaces, delivered to the listeners of {@link javax.telephony.callcenter}.
 */
public interface CallCentEv extends Ev {
    /**
     * Call-center cause: the event happened because no agent was available. The value equals
     * {@link javax.telephony.callcenter.CallCenterEvent#CAUSE_NO_AVAILABLE_AGENTS}; being a cause, it is
     * unrelated to the event ID {@link ACDAddrLoggedOnEv#ID}, which has the same number.
     */
    int CAUSE_NO_AVAILABLE_AGENTS = 302;

    /**
     * Returns the call-center reason for this event.
     *
     * @return {@link #CAUSE_NO_AVAILABLE_AGENTS}, or one of the core {@code CAUSE_*} values of {@link Ev}
     *     when the reason is not specific to call centers
     */
    int getCallCenterCause();
}
