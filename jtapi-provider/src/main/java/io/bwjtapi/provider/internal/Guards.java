package io.bwjtapi.provider.internal;

import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.call.ConnectionImpl;
import io.bwjtapi.provider.call.TerminalConnectionImpl;
import io.bwjtapi.provider.domain.AddressImpl;
import io.bwjtapi.provider.domain.Unsupported;
import io.bwjtapi.provider.model.ProviderCore;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;

/** The pre-condition checks of the call-control methods, each throwing the exception the specification names. */
final class Guards {
    private static final int MAX_DESTINATION = 256;

    private Guards() {
    }

    static void providerInService(ProviderCore core, String what) throws InvalidStateException {
        if (!core.status().inService()) {
            throw new InvalidStateException(core.provider(), InvalidStateException.PROVIDER_OBJECT,
                    core.status().state(), what + " needs the provider IN_SERVICE");
        }
    }

    static void deviceInService(AddressImpl address, String what) throws InvalidStateException {
        if (!address.inService()) {
            throw new InvalidStateException(address, InvalidStateException.ADDRESS_OBJECT, address.getState(),
                    what + " needs " + address + " in service; it is out of service (" + address.cause() + ")");
        }
    }

    static void localParty(ConnectionImpl connection, String what) throws MethodNotSupportedException {
        if (!connection.address().isLocal()) {
            throw Unsupported.remote(what, connection.address().getName());
        }
    }

    static InvalidStateException connectionState(ConnectionImpl connection, String what, String needed) {
        return new InvalidStateException(connection, InvalidStateException.CONNECTION_OBJECT,
                connection.getState(), what + " needs " + connection + " " + needed + "; it is "
                        + Names.connection(connection.getCallControlState()));
    }

    static InvalidStateException terminalConnectionState(TerminalConnectionImpl tc, String what, String needed) {
        return new InvalidStateException(tc, InvalidStateException.TERMINAL_CONNECTION_OBJECT, tc.getState(),
                what + " needs " + tc + " " + needed + "; it is " + Names.terminalConnection(tc.getCallControlState()));
    }

    static InvalidStateException callState(CallImpl call, String what, String needed) {
        return new InvalidStateException(call, InvalidStateException.CALL_OBJECT, call.getState(),
                what + " needs " + call + " " + needed + "; it is " + Names.call(call.getState()));
    }

    static void owned(ProviderCore core, Object object, String what) throws InvalidArgumentException {
        if (object == null) {
            throw new InvalidArgumentException(what + " must not be null");
        }
        boolean ours = object instanceof CallImpl && ((CallImpl) object).core() == core
                || object instanceof TerminalConnectionImpl
                        && ((TerminalConnectionImpl) object).connection().call().core() == core;
        if (!ours) {
            throw new InvalidArgumentException(what + " " + object + " does not belong to this provider");
        }
    }

    /** Checks a destination's form; the switch still decides whether it exists. */
    static String destination(String destination) throws InvalidPartyException {
        if (destination == null || destination.trim().isEmpty()) {
            throw new InvalidPartyException(InvalidPartyException.DESTINATION_PARTY, "the destination is empty");
        }
        String value = destination.trim();
        if (value.length() > MAX_DESTINATION) {
            throw new InvalidPartyException(InvalidPartyException.DESTINATION_PARTY,
                    "the destination is longer than " + MAX_DESTINATION + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c >= 127) {
                throw new InvalidPartyException(InvalidPartyException.DESTINATION_PARTY, "the destination '"
                        + value + "' contains a space, control or non-ASCII character at position " + i);
            }
        }
        return value;
    }
}
