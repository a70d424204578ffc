package javax.telephony.callcontrol.capabilities;

import javax.telephony.capabilities.TerminalConnectionCapabilities;

/**
 * Which {@link javax.telephony.callcontrol.CallControlTerminalConnection} features an application can use.
 * The static capabilities, valid for every TerminalConnection, come from
 * {@link javax.telephony.Provider#getTerminalConnectionCapabilities()}; the dynamic ones, for one
 * TerminalConnection in its current state, from {@link javax.telephony.TerminalConnection#getCapabilities()}
 * (so, for example, {@link #canUnhold()} is dynamically {@code true} only while it is held). A {@code true}
 * answer means the method may succeed, not that it will; {@code false} means it cannot.
 */
public interface CallControlTerminalConnectionCapabilities extends TerminalConnectionCapabilities {
    /**
     * Tells whether the call can be put on hold with
     * {@link javax.telephony.callcontrol.CallControlTerminalConnection#hold()}.
     *
     * @return {@code true} if {@code hold} can be used
     */
    boolean canHold();

    /**
     * Tells whether a bridged phone can join the call with
     * {@link javax.telephony.callcontrol.CallControlTerminalConnection#join()}.
     *
     * @return {@code true} if {@code join} can be used
     */
    boolean canJoin();

    /**
     * Tells whether the phone can leave the active part of the call with
     * {@link javax.telephony.callcontrol.CallControlTerminalConnection#leave()}.
     *
     * @return {@code true} if {@code leave} can be used
     */
    boolean canLeave();

    /**
     * Tells whether a held call can be retrieved with
     * {@link javax.telephony.callcontrol.CallControlTerminalConnection#unhold()}.
     *
     * @return {@code true} if {@code unhold} can be used
     */
    boolean canUnhold();
}
