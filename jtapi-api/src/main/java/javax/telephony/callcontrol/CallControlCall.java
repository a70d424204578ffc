package javax.telephony.callcontrol;

import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;

/**
 * A {@link Call} with the features of a business telephone system: who called whom, conference, transfer,
 * consultation calls, adding a party, dropping the whole call and dialing digit by digit. Every Call of a
 * Provider that supports the call control package implements this interface; applications obtain one
 * from {@link javax.telephony.Provider#createCall()} or from events, and test for it with
 * {@code instanceof}. The Call's own states ({@link Call#IDLE}, {@link Call#ACTIVE}, {@link Call#INVALID})
 * are unchanged; the finer states live on its {@link CallControlConnection}s and
 * {@link CallControlTerminalConnection}s.
 * <p>
 * <b>Call information.</b> {@link #getCallingAddress()}, {@link #getCallingTerminal()},
 * {@link #getCalledAddress()} and {@link #getLastRedirectedAddress()} say who placed the call, to whom,
 * and where it was last diverted from. Each returns {@code null} while unknown and may change as the
 * implementation learns more.
 * <p>
 * <b>Controllers.</b> Conference and transfer both turn around one participant, the <em>controller</em>: a
 * TerminalConnection of the phone that drives the feature (usually the phone that holds one call and talks
 * on the other). {@link #setConferenceController} and {@link #setTransferController} name it; when none is
 * set the implementation picks a suitable one. A controller that leaves the call is forgotten.
 * <ul>
 * <li>{@link #conference(Call)} moves every participant of another call into this one; the controller's two
 *     TerminalConnections become one.</li>
 * <li>{@link #transfer(Call)} does the same but the controller drops out of both calls;
 *     {@link #transfer(String)} sends this call on to an address in one step and the controller drops
 *     out.</li>
 * <li>{@link #consult(TerminalConnection, String)} and {@link #consult(TerminalConnection)} place, on this
 *     idle Call, a consultation call from the phone of an existing call (which goes on hold), typically
 *     to conference or transfer the two calls afterwards.</li>
 * </ul>
 * <p>
 * <b>Events.</b> There is no event specific to this interface: the Call's listeners that implement
 * {@link CallControlCallListener} (or its sub-interfaces) receive core call events that also implement
 * {@link CallControlCallEvent}, and the Connection and TerminalConnection changes caused by these methods
 * are reported as described in {@link CallControlConnection} and {@link CallControlTerminalConnection}.
 * Merges and transfers are bracketed by the {@link javax.telephony.MultiCallMetaEvent} merge and transfer
 * meta events (observers of JTAPI 1.2 see the meta codes {@code META_CALL_MERGING} and
 * {@code META_CALL_TRANSFERRING}).
 */
public interface CallControlCall extends Call {
    /**
     * Brings one more party into this call directly (single-step conference). Blocks until the switch has
     * started calling the new party or refused the request.
     * <p>
     * Pre-conditions: the Provider is {@link javax.telephony.Provider#IN_SERVICE}, this Call is
     * {@link Call#ACTIVE}, at least two of its Connections are {@link CallControlConnection#ESTABLISHED}
     * and at most one other is {@link CallControlConnection#QUEUED}, {@link CallControlConnection#OFFERED}
     * or {@link CallControlConnection#ALERTING}. Post-conditions: the call is still active and the returned
     * Connection belongs to it, in {@link CallControlConnection#IDLE} or a later state; it then progresses
     * like the destination of {@link Call#connect}. A connection-created event is delivered for it.
     *
     * @param newParty the complete address of the party to add
     * @return the new party's Connection
     * @throws InvalidPartyException if the address is not valid or not complete
     * @throws InvalidStateException if the Provider is not in service, this Call is not active or its
     *     Connections are not in the states listed above
     * @throws MethodNotSupportedException if the implementation cannot add parties
     * @throws PrivilegeViolationException if the application may not control this call
     * @throws ResourceUnavailableException if a resource needed to add the party (a conference bridge, for
     *     example) is not available
     */
    Connection addParty(String newParty) throws InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Merges another call into this one: afterwards this Call holds the union of both calls' participants
     * and the other call is gone. Blocks until the switch has merged the calls or refused the request.
     * <p>
     * The two calls must share a participant: one Terminal with a TerminalConnection in each call, the
     * conference controllers (see {@link #setConferenceController}). Participants present in both calls
     * keep their Connection and TerminalConnection of this Call; the copies on the other call are removed.
     * <p>
     * Pre-conditions: the Provider is in service, this Call is {@link Call#ACTIVE}, the other call is a
     * different call of the same Provider, and the controller on this Call is
     * {@link CallControlTerminalConnection#TALKING} while the controller on the other call, on the same
     * Terminal, is {@link CallControlTerminalConnection#HELD}.
     * <p>
     * Post-conditions: this Call is still active and the other call is {@link Call#INVALID}; each of the
     * other call's Connections is {@link CallControlConnection#DISCONNECTED} and each of its
     * TerminalConnections {@link CallControlTerminalConnection#DROPPED}, with the matching events; this
     * Call has a new Connection and TerminalConnection, in the same states, for every participant that
     * was only on the other call, with creation and state events. The events carry the call control cause
     * {@link CallControlEvent#CAUSE_CONFERENCE}.
     *
     * @param otherCall the call whose participants join this one
     * @throws InvalidArgumentException if the other call is this Call, belongs to another Provider, or the
     *     two calls have no common controller
     * @throws InvalidStateException if the Provider is not in service, this Call is not active or the
     *     controllers are not talking and held as required
     * @throws MethodNotSupportedException if the implementation cannot conference calls
     * @throws PrivilegeViolationException if the application may not control these calls
     * @throws ResourceUnavailableException if a resource needed to conference (a conference bridge, for
     *     example) is not available
     */
    void conference(Call otherCall) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Starts a consultation call on this idle Call from the phone of an existing call, without a
     * destination: the phone gets dial tone and the digits are then given with
     * {@link CallControlConnection#addToAddress} (or dialed by the user). Blocks until the existing call is
     * on hold and the new call is initiated, or the request was refused.
     * <p>
     * The consultation call is linked to the existing call on the switch, typically so that the two can
     * later be conferenced or transferred; when {@link #setConferenceEnable} and
     * {@link #setTransferEnable} are supported, set them on this Call first to say which.
     * <p>
     * Pre-conditions: the Provider is in service, this Call is {@link Call#IDLE} (fresh from
     * {@link javax.telephony.Provider#createCall()}), the controller belongs to the same Provider, is
     * {@link CallControlTerminalConnection#TALKING} and its call is {@link Call#ACTIVE}. Post-conditions:
     * the controller is {@link CallControlTerminalConnection#HELD} and its call still active; this Call
     * is {@link Call#ACTIVE} with one Connection, for the controller's Address, in
     * {@link CallControlConnection#INITIATED}. Events: call active, connection created and
     * {@code connectionInitiated} on this Call, {@code terminalConnectionHeld} for the controller.
     *
     * @param controller the talking TerminalConnection whose Terminal and Address originate the consultation
     *     call, on the call being consulted about
     * @return the originating Connection of the consultation call
     * @throws InvalidArgumentException if the TerminalConnection cannot originate a call (it belongs to
     *     another Provider or to this Call)
     * @throws InvalidStateException if the Provider is not in service, this Call is not idle, the other
     *     call is not active or the TerminalConnection is not talking
     * @throws MethodNotSupportedException if the implementation cannot place consultation calls without a
     *     destination
     * @throws PrivilegeViolationException if the application may not place calls from that terminal
     * @throws ResourceUnavailableException if a resource needed to place the call is not available
     */
    Connection consult(TerminalConnection controller) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Places a consultation call on this idle Call from the phone of an existing call to the given address;
     * the existing call goes on hold at that phone. Blocks like {@link Call#connect}: until the call has
     * been placed or the request was refused.
     * <p>
     * The consultation call is linked to the existing call on the switch, typically so that the two can
     * later be conferenced or transferred; when {@link #setConferenceEnable} and
     * {@link #setTransferEnable} are supported, set them on this Call first to say which.
     * <p>
     * Pre-conditions: the Provider is in service, this Call is {@link Call#IDLE} (fresh from
     * {@link javax.telephony.Provider#createCall()}), the controller belongs to the same Provider, is
     * {@link CallControlTerminalConnection#TALKING} and its call is {@link Call#ACTIVE}. Post-conditions:
     * the controller is {@link CallControlTerminalConnection#HELD} and its call still active; this Call is
     * {@link Call#ACTIVE} with two Connections, each in {@link CallControlConnection#IDLE} or a later
     * state, that progress as described for {@link Call#connect}. Events: call active and two connection
     * created events on this Call, {@code terminalConnectionHeld} for the controller.
     *
     * @param controller the talking TerminalConnection whose Terminal and Address originate the consultation
     *     call, on the call being consulted about
     * @param destination the complete address to call
     * @return the two Connections of the consultation call: index 0 is the originating party, index 1 the
     *     destination
     * @throws InvalidArgumentException if the TerminalConnection cannot originate a call (it belongs to
     *     another Provider or to this Call)
     * @throws InvalidPartyException if the destination is not valid or not complete
     * @throws InvalidStateException if the Provider is not in service, this Call is not idle, the other
     *     call is not active or the TerminalConnection is not talking
     * @throws MethodNotSupportedException if the implementation cannot place consultation calls
     * @throws PrivilegeViolationException if the application may not place calls from that terminal
     * @throws ResourceUnavailableException if a resource needed to place the call is not available
     */
    Connection[] consult(TerminalConnection controller, String destination) throws InvalidArgumentException, InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Ends the whole call, as if {@link Connection#disconnect()} were called on each of its Connections.
     * Connections the application may not disconnect are left alone (they may still drop as a result of
     * the others leaving). Blocks until every Connection it could disconnect has been disconnected.
     * <p>
     * Pre-conditions: the Provider is in service and this Call is {@link Call#ACTIVE}. Post-conditions:
     * each disconnected Connection is {@link CallControlConnection#DISCONNECTED} and its TerminalConnections
     * {@link CallControlTerminalConnection#DROPPED}, with the matching events; when every Connection is
     * disconnected, this Call is {@link Call#INVALID} and a call invalid event follows.
     *
     * @throws InvalidStateException if the Provider is not in service or this Call is not active
     * @throws MethodNotSupportedException if the implementation cannot drop calls
     * @throws PrivilegeViolationException if the application may disconnect none of the Connections
     * @throws ResourceUnavailableException if a resource needed to drop the call is not available
     */
    void drop() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Returns the address the call was originally placed to, before any forwarding or redirection.
     *
     * @return the called address, or {@code null} when it is not known (yet)
     */
    Address getCalledAddress();

    /**
     * Returns the address that originally placed the call.
     *
     * @return the calling address, or {@code null} when it is not known (yet)
     */
    Address getCallingAddress();

    /**
     * Returns the terminal that originally placed the call.
     *
     * @return the calling terminal, or {@code null} when it is not known (yet) or lies outside the
     *     Provider's domain
     */
    Terminal getCallingTerminal();

    /**
     * Returns the conference controller set with {@link #setConferenceController}. A new Call has none,
     * and a controller that leaves the call is forgotten.
     *
     * @return the conference controller, a TerminalConnection of this Call that is not dropped, or
     *     {@code null} when none is set
     */
    TerminalConnection getConferenceController();

    /**
     * Tells whether this call may be conferenced, the default coming from the implementation.
     *
     * @return {@code true} when conferencing is enabled
     */
    boolean getConferenceEnable();

    /**
     * Returns the address the call was at just before it reached its current destination, for example the
     * address that forwarded it. When a call is forwarded several times, this is the last one.
     *
     * @return the last redirecting address, or {@code null} when the call was not redirected or the address
     *     is not known (yet)
     */
    Address getLastRedirectedAddress();

    /**
     * Returns the transfer controller set with {@link #setTransferController}. A new Call has none, and a
     * controller that leaves the call is forgotten.
     *
     * @return the transfer controller, a TerminalConnection of this Call that is not dropped, or
     *     {@code null} when none is set
     */
    TerminalConnection getTransferController();

    /**
     * Tells whether this call may be transferred, the default coming from the implementation.
     *
     * @return {@code true} when transferring is enabled
     */
    boolean getTransferEnable();

    /**
     * Takes a phone off-hook on this idle Call so that digits can be dialed one at a time (by the user or
     * with {@link CallControlConnection#addToAddress}), unlike {@link Call#connect}, which needs the whole
     * number. Blocks until the phone is off-hook or the request was refused.
     * <p>
     * Pre-conditions: the Provider is in service, this Call is {@link Call#IDLE}, and the Terminal and
     * Address belong to the same Provider and to each other. Post-conditions: this Call is
     * {@link Call#ACTIVE}; it has one Connection, for the Address, in {@link
     * CallControlConnection#INITIATED},
     * with one TerminalConnection, for the Terminal, in {@link CallControlTerminalConnection#TALKING}.
     * Events: call active, connection and terminal connection created, {@code connectionInitiated} (with
     * the core {@code connectionConnected}) and {@code terminalConnectionTalking} (with the core
     * {@code terminalConnectionActive}).
     *
     * @param originatingAddress the address that places the call
     * @param originatingTerminal the phone, one of the address's terminals, that goes off-hook
     * @return the originating Connection
     * @throws InvalidStateException if the Provider is not in service or this Call is not idle
     * @throws MethodNotSupportedException if the implementation cannot take a phone off-hook
     * @throws PrivilegeViolationException if the application may not place calls from that address or
     *     terminal
     * @throws ResourceUnavailableException if a resource needed to go off-hook is not available
     */
    Connection offHook(Address originatingAddress, Terminal originatingTerminal) throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Names the participant around which {@link #conference(Call)} merges calls. Without one, the
     * implementation picks a suitable TerminalConnection when the conference is made.
     * <p>
     * Pre-conditions: the Provider is in service, this Call is {@link Call#ACTIVE}, and the
     * TerminalConnection belongs to one of this Call's Connections and is not
     * {@link CallControlTerminalConnection#DROPPED}. Post-conditions: {@link #getConferenceController()}
     * returns it until it leaves the call or another controller is set.
     *
     * @param controller a TerminalConnection of this Call
     * @throws InvalidArgumentException if the TerminalConnection is not part of this Call
     * @throws InvalidStateException if the Provider is not in service, this Call is not active or the
     *     TerminalConnection is dropped
     * @throws MethodNotSupportedException if the implementation does not let applications choose the
     *     controller
     * @throws ResourceUnavailableException if a resource needed to record the controller is not available
     */
    void setConferenceController(TerminalConnection controller) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, ResourceUnavailableException;

    /**
     * Says, before the call is placed, whether it may be conferenced; some switches need to know when a
     * consultation call is made.
     * <p>
     * Pre-conditions: the Provider is in service and this Call is {@link Call#IDLE}. Post-conditions:
     * {@link #getConferenceEnable()} returns the given value.
     *
     * @param enable {@code true} to allow conferencing, {@code false} to forbid it
     * @throws InvalidArgumentException if conferencing is requested but cannot be enabled
     * @throws InvalidStateException if the Provider is not in service or this Call is not idle
     * @throws MethodNotSupportedException if the implementation does not let applications change the
     *     setting
     * @throws PrivilegeViolationException if the application may not change the setting
     */
    void setConferenceEnable(boolean enable) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException;

    /**
     * Names the participant around which a transfer is made; it is the one that drops out of the call.
     * Without one, the implementation picks a suitable TerminalConnection when the transfer is made.
     * <p>
     * Pre-conditions: the Provider is in service, this Call is {@link Call#ACTIVE}, and the
     * TerminalConnection belongs to one of this Call's Connections and is not
     * {@link CallControlTerminalConnection#DROPPED}. Post-conditions: {@link #getTransferController()}
     * returns it until it leaves the call or another controller is set.
     *
     * @param controller a TerminalConnection of this Call
     * @throws InvalidArgumentException if the TerminalConnection is not part of this Call
     * @throws InvalidStateException if the Provider is not in service, this Call is not active or the
     *     TerminalConnection is dropped
     * @throws MethodNotSupportedException if the implementation does not let applications choose the
     *     controller
     * @throws ResourceUnavailableException if a resource needed to record the controller is not available
     */
    void setTransferController(TerminalConnection controller) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, ResourceUnavailableException;

    /**
     * Says, before the call is placed, whether it may be transferred; some switches need to know when a
     * consultation call is made.
     * <p>
     * Pre-conditions: the Provider is in service and this Call is {@link Call#IDLE}. Post-conditions:
     * {@link #getTransferEnable()} returns the given value.
     *
     * @param enable {@code true} to allow transferring, {@code false} to forbid it
     * @throws InvalidArgumentException if transferring is requested but cannot be enabled
     * @throws InvalidStateException if the Provider is not in service or this Call is not idle
     * @throws MethodNotSupportedException if the implementation does not let applications change the
     *     setting
     * @throws PrivilegeViolationException if the application may not change the setting
     */
    void setTransferEnable(boolean enable) throws InvalidArgumentException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException;

    /**
     * Transfers this call to an address in one step (single-step or blind transfer): the transfer
     * controller (see {@link #setTransferController}) drops out and the other participants are connected to
     * the destination. Blocks until the switch has made the transfer or refused it.
     * <p>
     * Pre-conditions: the Provider is in service, this Call is {@link Call#ACTIVE} and its transfer
     * controller is {@link CallControlTerminalConnection#TALKING}. Post-conditions: this Call is still
     * active; the controller is {@link CallControlTerminalConnection#DROPPED} and, when it was its
     * Connection's only TerminalConnection, that Connection is {@link CallControlConnection#DISCONNECTED};
     * the returned Connection, when not {@code null}, belongs to this Call in
     * {@link CallControlConnection#IDLE} or a later state and progresses like the destination of
     * {@link Call#connect}. The events (dropped, disconnected, created) carry the call control cause
     * {@link CallControlEvent#CAUSE_TRANSFER}.
     *
     * @param destination the complete address the call is transferred to
     * @return the destination's Connection, or {@code null} when the call has left the Provider's domain
     *     and can no longer be followed
     * @throws InvalidArgumentException if the transfer controller is not a valid TerminalConnection of this
     *     Call
     * @throws InvalidPartyException if the destination is not valid or not complete
     * @throws InvalidStateException if the Provider is not in service, this Call is not active or the
     *     controller is not talking
     * @throws MethodNotSupportedException if the implementation cannot make single-step transfers
     * @throws PrivilegeViolationException if the application may not control this call
     * @throws ResourceUnavailableException if a resource needed to transfer the call is not available
     */
    Connection transfer(String destination) throws InvalidArgumentException, InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    /**
     * Connects the participants of another call with those of this call while the transfer controller drops
     * out of both (consultation transfer). Afterwards this Call holds the remaining participants of both
     * calls and the other call is gone. Blocks until the switch has made the transfer or refused it.
     * <p>
     * Both calls must have a transfer controller (see {@link #setTransferController}) on the same Terminal.
     * Participants other than the controller that are in both calls keep their Connection and
     * TerminalConnection of this Call; the copies on the other call are removed.
     * <p>
     * Pre-conditions: the Provider is in service, both calls are {@link Call#ACTIVE}, they are different
     * calls of the same Provider, and each controller is {@link CallControlTerminalConnection#TALKING} or
     * {@link CallControlTerminalConnection#HELD}. Post-conditions: this Call is still active and the other
     * call is {@link Call#INVALID}; both controllers are {@link CallControlTerminalConnection#DROPPED}; the
     * other call's Connections are {@link CallControlConnection#DISCONNECTED} and its TerminalConnections
     * dropped; this Call has a new Connection and TerminalConnection, in the same states, for every
     * participant moved over. Each change is reported by its event, with the call control cause
     * {@link CallControlEvent#CAUSE_TRANSFER}.
     *
     * @param otherCall the call whose participants are connected to this one
     * @throws InvalidArgumentException if the other call is this Call or belongs to another Provider, or a
     *     transfer controller is missing or invalid
     * @throws InvalidPartyException if the other call's parties cannot be transferred to this call
     * @throws InvalidStateException if the Provider is not in service, a call is not active or a
     *     controller is neither talking nor held
     * @throws MethodNotSupportedException if the implementation cannot transfer calls
     * @throws PrivilegeViolationException if the application may not control these calls
     * @throws ResourceUnavailableException if a resource needed to transfer the call is not available
     */
    void transfer(Call otherCall) throws InvalidArgumentException, InvalidPartyException, InvalidStateException, MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;
}
