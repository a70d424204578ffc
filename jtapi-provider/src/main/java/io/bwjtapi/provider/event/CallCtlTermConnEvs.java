package io.bwjtapi.provider.event;

import io.bwjtapi.provider.call.TerminalConnectionImpl;
import javax.telephony.callcontrol.events.CallCtlTermConnBridgedEv;
import javax.telephony.callcontrol.events.CallCtlTermConnDroppedEv;
import javax.telephony.callcontrol.events.CallCtlTermConnHeldEv;
import javax.telephony.callcontrol.events.CallCtlTermConnInUseEv;
import javax.telephony.callcontrol.events.CallCtlTermConnRingingEv;
import javax.telephony.callcontrol.events.CallCtlTermConnTalkingEv;
import javax.telephony.callcontrol.events.CallCtlTermConnUnknownEv;

/** The call-control observer events about a terminal connection. */
final class CallCtlTermConnEvs {
    private CallCtlTermConnEvs() {
    }

    /** The common part. */
    abstract static class Base extends BaseEv.OfTerminalConnection {
        Base(EvContext context, TerminalConnectionImpl subject) {
            super(context, subject);
        }
    }

    /** {@link CallCtlTermConnRingingEv}. */
    static final class Ringing extends Base implements CallCtlTermConnRingingEv {
        Ringing(EvContext context, TerminalConnectionImpl terminalConnection) {
            super(context, terminalConnection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link CallCtlTermConnTalkingEv}. */
    static final class Talking extends Base implements CallCtlTermConnTalkingEv {
        Talking(EvContext context, TerminalConnectionImpl terminalConnection) {
            super(context, terminalConnection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link CallCtlTermConnHeldEv}. */
    static final class Held extends Base implements CallCtlTermConnHeldEv {
        Held(EvContext context, TerminalConnectionImpl terminalConnection) {
            super(context, terminalConnection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link CallCtlTermConnBridgedEv}. */
    static final class Bridged extends Base implements CallCtlTermConnBridgedEv {
        Bridged(EvContext context, TerminalConnectionImpl terminalConnection) {
            super(context, terminalConnection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link CallCtlTermConnInUseEv}. */
    static final class InUse extends Base implements CallCtlTermConnInUseEv {
        InUse(EvContext context, TerminalConnectionImpl terminalConnection) {
            super(context, terminalConnection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link CallCtlTermConnDroppedEv}. */
    static final class Dropped extends Base implements CallCtlTermConnDroppedEv {
        Dropped(EvContext context, TerminalConnectionImpl terminalConnection) {
            super(context, terminalConnection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link CallCtlTermConnUnknownEv}. */
    static final class Unknown extends Base implements CallCtlTermConnUnknownEv {
        Unknown(EvContext context, TerminalConnectionImpl terminalConnection) {
            super(context, terminalConnection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }
}
