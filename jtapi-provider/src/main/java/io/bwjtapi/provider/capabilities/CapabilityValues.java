package io.bwjtapi.provider.capabilities;

import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.capabilities.CallControlAddressCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlCallCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlConnectionCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlTerminalCapabilities;
import javax.telephony.callcontrol.capabilities.CallControlTerminalConnectionCapabilities;
import javax.telephony.capabilities.ProviderCapabilities;

/** The capability objects: immutable answers, computed when the object is asked for them. */
final class CapabilityValues {
    private CapabilityValues() {
    }

    /** Provider capabilities. */
    static final class OfProvider implements ProviderCapabilities {
        private final boolean observable;

        OfProvider(boolean observable) {
            this.observable = observable;
        }

        @Override
        public boolean isObservable() {
            return observable;
        }
    }

    /** Address capabilities; bwjtapi offers no forwarding, do-not-disturb or message-waiting control. */
    static final class OfAddress implements CallControlAddressCapabilities {
        private final boolean observable;

        OfAddress(boolean observable) {
            this.observable = observable;
        }

        @Override
        public boolean isObservable() {
            return observable;
        }

        @Override
        public boolean canCancelForwarding() {
            return false;
        }

        @Override
        public boolean canGetDoNotDisturb() {
            return false;
        }

        @Override
        public boolean canGetForwarding() {
            return false;
        }

        @Override
        public boolean canGetMessageWaiting() {
            return false;
        }

        @Override
        public boolean canSetDoNotDisturb() {
            return false;
        }

        @Override
        public boolean canSetForwarding() {
            return false;
        }

        @Override
        public boolean canSetMessageWaiting() {
            return false;
        }
    }

    /** Terminal capabilities; bwjtapi offers no pickup or do-not-disturb control. */
    static final class OfTerminal implements CallControlTerminalCapabilities {
        private final boolean observable;

        OfTerminal(boolean observable) {
            this.observable = observable;
        }

        @Override
        public boolean isObservable() {
            return observable;
        }

        @Override
        public boolean canGetDoNotDisturb() {
            return false;
        }

        @Override
        public boolean canSetDoNotDisturb() {
            return false;
        }

        @Override
        public boolean canPickup() {
            return false;
        }

        @Override
        public boolean canPickup(Address pickupAddress, Address terminalAddress) {
            return false;
        }

        @Override
        public boolean canPickup(Connection pickupConnection, Address terminalAddress) {
            return false;
        }

        @Override
        public boolean canPickup(TerminalConnection pickupTerminalConnection, Address terminalAddress) {
            return false;
        }

        @Override
        public boolean canPickupFromGroup() {
            return false;
        }

        @Override
        public boolean canPickupFromGroup(String pickupGroup, Address terminalAddress) {
            return false;
        }

        @Override
        public boolean canPickupFromGroup(Address terminalAddress) {
            return false;
        }
    }

    /** Connection capabilities: disconnect and redirect; no accept, reject, addToAddress or park. */
    static final class OfConnection implements CallControlConnectionCapabilities {
        private final boolean disconnect;
        private final boolean redirect;

        OfConnection(boolean disconnect, boolean redirect) {
            this.disconnect = disconnect;
            this.redirect = redirect;
        }

        @Override
        public boolean canDisconnect() {
            return disconnect;
        }

        @Override
        public boolean canRedirect() {
            return redirect;
        }

        @Override
        public boolean canAccept() {
            return false;
        }

        @Override
        public boolean canReject() {
            return false;
        }

        @Override
        public boolean canAddToAddress() {
            return false;
        }

        @Override
        public boolean canPark() {
            return false;
        }
    }

    /** Terminal connection capabilities: answer, hold and unhold; no bridging. */
    static final class OfTerminalConnection implements CallControlTerminalConnectionCapabilities {
        private final boolean answer;
        private final boolean hold;
        private final boolean unhold;

        OfTerminalConnection(boolean answer, boolean hold, boolean unhold) {
            this.answer = answer;
            this.hold = hold;
            this.unhold = unhold;
        }

        @Override
        public boolean canAnswer() {
            return answer;
        }

        @Override
        public boolean canHold() {
            return hold;
        }

        @Override
        public boolean canUnhold() {
            return unhold;
        }

        @Override
        public boolean canJoin() {
            return false;
        }

        @Override
        public boolean canLeave() {
            return false;
        }
    }

    /** Call capabilities; the argument variants ask the given call state and objects. */
    static final class OfCall implements CallControlCallCapabilities {
        private final boolean connect;
        private final boolean active;
        private final boolean consult;

        OfCall(boolean connect, boolean active, boolean consult) {
            this.connect = connect;
            this.active = active;
            this.consult = consult;
        }

        @Override
        public boolean canConnect() {
            return connect;
        }

        @Override
        public boolean isObservable() {
            return true;
        }

        @Override
        public boolean canAddParty() {
            return false;
        }

        @Override
        public boolean canConference() {
            return active;
        }

        @Override
        public boolean canConsult() {
            return consult;
        }

        @Override
        public boolean canConsult(TerminalConnection controller) {
            return false;
        }

        @Override
        public boolean canConsult(TerminalConnection controller, String destination) {
            return consult && controller != null && controller.getState() == TerminalConnection.ACTIVE
                    && destination != null && !destination.trim().isEmpty();
        }

        @Override
        public boolean canDrop() {
            return active;
        }

        @Override
        public boolean canOffHook() {
            return false;
        }

        @Override
        public boolean canSetConferenceController() {
            return active;
        }

        @Override
        public boolean canSetConferenceEnable() {
            return consult;
        }

        @Override
        public boolean canSetTransferController() {
            return active;
        }

        @Override
        public boolean canSetTransferEnable() {
            return consult;
        }

        @Override
        public boolean canTransfer() {
            return active;
        }

        @Override
        public boolean canTransfer(String destination) {
            return active && destination != null && !destination.trim().isEmpty();
        }

        @Override
        public boolean canTransfer(Call otherCall) {
            return active && otherCall != null && otherCall.getState() == Call.ACTIVE;
        }
    }
}
