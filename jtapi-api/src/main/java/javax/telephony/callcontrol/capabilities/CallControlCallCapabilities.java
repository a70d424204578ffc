package javax.telephony.callcontrol.capabilities;

import javax.telephony.Call;
import javax.telephony.TerminalConnection;
import javax.telephony.capabilities.CallCapabilities;

/**
 * Which {@link javax.telephony.callcontrol.CallControlCall} features an application can use. The static
 * capabilities, valid for every call, come from {@link javax.telephony.Provider#getCallCapabilities()};
 * the dynamic ones, for one call in its current state and acting through a given Terminal and Address,
 * from {@link Call#getCapabilities(javax.telephony.Terminal, javax.telephony.Address)}. The methods that
 * take arguments ask about one particular use of the feature. A {@code true} answer means the method may
 * succeed, not that it will; {@code false} means it cannot.
 */
public interface CallControlCallCapabilities extends CallCapabilities {
    /**
     * Tells whether a party can be added with
     * {@link javax.telephony.callcontrol.CallControlCall#addParty(String)}.
     *
     * @return {@code true} if {@code addParty} can be used
     */
    boolean canAddParty();

    /**
     * Tells whether calls can be merged with
     * {@link javax.telephony.callcontrol.CallControlCall#conference(Call)}.
     *
     * @return {@code true} if {@code conference} can be used
     */
    boolean canConference();

    /**
     * Tells whether consultation calls can be placed at all.
     *
     * @return {@code true} if some form of {@code consult} can be used
     * @deprecated since JTAPI 1.2; use {@link #canConsult(TerminalConnection)} or
     *     {@link #canConsult(TerminalConnection, String)}, which ask about one form and its arguments.
     */
    boolean canConsult();

    /**
     * Tells whether a consultation call without a destination can be started from the given
     * TerminalConnection with
     * {@link javax.telephony.callcontrol.CallControlCall#consult(TerminalConnection)}.
     *
     * @param controller the TerminalConnection whose phone would originate the consultation call
     * @return {@code true} if {@code consult} can be used with this argument
     */
    boolean canConsult(TerminalConnection controller);

    /**
     * Tells whether a consultation call to the given address can be placed from the given
     * TerminalConnection with
     * {@link javax.telephony.callcontrol.CallControlCall#consult(TerminalConnection, String)}.
     *
     * @param controller the TerminalConnection whose phone would originate the consultation call
     * @param destination the address that would be called
     * @return {@code true} if {@code consult} can be used with these arguments
     */
    boolean canConsult(TerminalConnection controller, String destination);

    /**
     * Tells whether the whole call can be ended with
     * {@link javax.telephony.callcontrol.CallControlCall#drop()}.
     *
     * @return {@code true} if {@code drop} can be used
     */
    boolean canDrop();

    /**
     * Tells whether a phone can be taken off-hook with
     * {@link javax.telephony.callcontrol.CallControlCall#offHook}.
     *
     * @return {@code true} if {@code offHook} can be used
     */
    boolean canOffHook();

    /**
     * Tells whether the application can choose the conference controller with
     * {@link javax.telephony.callcontrol.CallControlCall#setConferenceController(TerminalConnection)}.
     *
     * @return {@code true} if {@code setConferenceController} can be used
     */
    boolean canSetConferenceController();

    /**
     * Tells whether the application can allow or forbid conferencing with
     * {@link javax.telephony.callcontrol.CallControlCall#setConferenceEnable(boolean)}.
     *
     * @return {@code true} if {@code setConferenceEnable} can be used
     */
    boolean canSetConferenceEnable();

    /**
     * Tells whether the application can choose the transfer controller with
     * {@link javax.telephony.callcontrol.CallControlCall#setTransferController(TerminalConnection)}.
     *
     * @return {@code true} if {@code setTransferController} can be used
     */
    boolean canSetTransferController();

    /**
     * Tells whether the application can allow or forbid transferring with
     * {@link javax.telephony.callcontrol.CallControlCall#setTransferEnable(boolean)}.
     *
     * @return {@code true} if {@code setTransferEnable} can be used
     */
    boolean canSetTransferEnable();

    /**
     * Tells whether calls can be transferred at all.
     *
     * @return {@code true} if some form of {@code transfer} can be used
     * @deprecated since JTAPI 1.2; use {@link #canTransfer(Call)} or {@link #canTransfer(String)}, which ask
     *     about one form and its argument.
     */
    boolean canTransfer();

    /**
     * Tells whether the call can be transferred in one step to the given address with
     * {@link javax.telephony.callcontrol.CallControlCall#transfer(String)}.
     *
     * @param destination the address the call would be transferred to
     * @return {@code true} if {@code transfer} can be used with this argument
     */
    boolean canTransfer(String destination);

    /**
     * Tells whether the participants of the given call can be transferred to this call with
     * {@link javax.telephony.callcontrol.CallControlCall#transfer(Call)}.
     *
     * @param otherCall the call whose participants would be transferred
     * @return {@code true} if {@code transfer} can be used with this argument
     */
    boolean canTransfer(Call otherCall);
}
