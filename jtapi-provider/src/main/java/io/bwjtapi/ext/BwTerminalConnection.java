package io.bwjtapi.ext;

import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.callcontrol.CallControlTerminalConnection;

/**
 * A bwjtapi terminal connection, which can send DTMF digits into its call.
 * <p>
 * Every terminal connection of a bwjtapi provider implements this interface.
 */
public interface BwTerminalConnection extends CallControlTerminalConnection {
    /**
     * Sends DTMF digits from this terminal into the call. Blocks until BroadWorks has accepted the digits.
     * <p>
     * Pre-conditions: the provider is in service and this terminal connection is
     * {@link CallControlTerminalConnection#TALKING}.
     *
     * @param digits one or more of {@code 0-9 * # A B C D}, and {@code ,} for a pause
     * @throws InvalidArgumentException if {@code digits} is {@code null}, empty or contains another character
     * @throws InvalidStateException if the provider is not in service or this terminal connection is not
     *     talking
     * @throws MethodNotSupportedException if BroadWorks cannot send digits on this call
     * @throws PrivilegeViolationException if the login may not control this user's calls
     * @throws ResourceUnavailableException if BroadWorks refused the request or could not be reached
     */
    void generateDtmf(String digits) throws InvalidArgumentException, InvalidStateException,
            MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;
}
