package javax.telephony.callcenter;

import javax.telephony.Call;
import javax.telephony.MethodNotSupportedException;

/**
 * An automatic call distribution (ACD) group: an {@link javax.telephony.Address} whose calls are not
 * answered by a telephone but queued and handed out, one at a time, to the {@link Agent}s logged on to
 * the group.
 * <p>
 * Agents join the group with {@link AgentTerminal#addAgent} and leave it with
 * {@link AgentTerminal#removeAgent}. A call directed to the group gets an {@link ACDConnection} at this
 * address while it waits; when the switch delivers the call to an agent, that connection leaves the call
 * and the agent's own address gets a connection of its own. An ACD group has no
 * {@link javax.telephony.Terminal}s, so {@link javax.telephony.Address#getTerminals()} returns
 * {@code null}. A group may be fed by an {@link ACDManagerAddress}.
 * <p>
 * Applications follow the agents of the group by adding an {@link ACDAddressListener} with
 * {@link javax.telephony.Address#addAddressListener}: it is told whenever an agent logs on or off or
 * changes its work state at this group ({@link ACDAddressEvent}). The JTAPI 1.2 equivalent is an
 * {@link ACDAddressObserver}. Queue figures ({@link #getNumberQueued()}, {@link #getQueueWaitTime()},
 * {@link #getRelativeQueueLoad()}) are snapshots taken when asked and are not reported by events.
 * Which queries are available is reported by
 * {@link javax.telephony.callcenter.capabilities.ACDAddressCapabilities}.
 */
public interface ACDAddress extends CallCenterAddress {
    /**
     * Returns the ACD manager that distributes calls to this group.
     *
     * @return the {@link ACDManagerAddress} feeding this group, or {@code null} when calls reach the
     *     group directly
     * @throws MethodNotSupportedException if the implementation does not model ACD managers
     */
    ACDManagerAddress getACDManagerAddress() throws MethodNotSupportedException;

    /**
     * Returns the agents that are currently logged on to this group, whatever their work state.
     *
     * @return the logged-on {@link Agent}s, or {@code null} when no agent is logged on
     * @throws MethodNotSupportedException if the implementation cannot list the agents of a group
     */
    Agent[] getLoggedOnAgents() throws MethodNotSupportedException;

    /**
     * Returns how many calls are waiting in this group's queue for an agent. Calls already delivered to
     * an agent are not counted.
     *
     * @return the number of queued calls, zero or more
     * @throws MethodNotSupportedException if the implementation cannot report the queue length
     */
    int getNumberQueued() throws MethodNotSupportedException;

    /**
     * Returns the call that has been waiting longest in this group's queue, the one the group will
     * deliver next under first-in first-out distribution.
     *
     * @return the oldest queued {@link Call}, or {@code null} when the queue is empty
     * @throws MethodNotSupportedException if the implementation cannot identify queued calls
     */
    Call getOldestCallQueued() throws MethodNotSupportedException;

    /**
     * Returns the time a call queued at this group can expect to wait for an agent, as the switch
     * measures it.
     *
     * @return the waiting time in seconds, zero or more
     * @throws MethodNotSupportedException if the switch does not report waiting times
     */
    int getQueueWaitTime() throws MethodNotSupportedException;

    /**
     * Returns how heavily this group's queue is loaded compared with the other groups of the switch.
     * The scale is defined by the switch; a higher value means a busier queue, so values are only
     * comparable between groups of the same Provider.
     *
     * @return the relative load of the queue
     * @throws MethodNotSupportedException if the switch does not report queue loads
     */
    int getRelativeQueueLoad() throws MethodNotSupportedException;
}
