package javax.telephony.callcenter;

import javax.telephony.Event;

/**
 * The common base of every event of this package: it adds a call-center cause to the core
 * {@link Event}.
 * <p>
 * {@link ACDAddressEvent}, {@link AgentTerminalEvent} and {@link CallCenterCallEvent} (with its
 * connection and trunk sub-interfaces) all extend it. The IDs of these events lie in the range 300 to
 * 319.
 */
public interface CallCenterEvent extends Event {
    /**
     * Call-center cause: the event happened because no agent was available, for example a call that stayed
     * queued or was redirected since every agent of the group was busy or not ready. (The cause is a
     * different kind of value from an event ID and is unrelated to
     * {@link ACDAddressEvent#ACD_ADDRESS_LOGGED_ON}, which has the same number.)
     */
    int CAUSE_NO_AVAILABLE_AGENTS = 302;

    /**
     * Returns the call-center reason for this event.
     *
     * @return {@link #CAUSE_NO_AVAILABLE_AGENTS}, or one of the core {@code CAUSE_*} values of
     *     {@link Event} (such as {@link Event#CAUSE_NORMAL}) when the reason is not specific to call
     *     centers
     */
    int getCallCenterCause();
}
