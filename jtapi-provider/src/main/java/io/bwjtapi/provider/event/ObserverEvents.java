package io.bwjtapi.provider.event;

import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.call.CallInfo;
import io.bwjtapi.provider.call.ConnectionImpl;
import io.bwjtapi.provider.call.TerminalConnectionImpl;
import io.bwjtapi.provider.domain.AddressImpl;
import io.bwjtapi.provider.domain.TerminalImpl;
import java.util.ArrayList;
import java.util.List;
import javax.telephony.Connection;
import javax.telephony.Event;
import javax.telephony.Provider;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.events.AddrEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.Ev;
import javax.telephony.events.ProvEv;
import javax.telephony.events.TermEv;

/** Builds the JTAPI 1.2 observer events: from changes for call observers, and for provider and device observers. */
public final class ObserverEvents {
    private ObserverEvents() {
    }

    /**
     * Turns changes into the events one call observer receives: for each change the core event and, for
     * call-control observers, the call-control event, in that order.
     *
     * @param changes the changes
     * @param metaCode the meta code of the group
     * @param callControl whether the observer implements {@code CallControlCallObserver}
     * @param newMeta whether the first event opens the group for this observer
     * @param into where to add the events
     */
    public static void addChanges(List<Change> changes, int metaCode, boolean callControl, boolean newMeta,
            List<CallEv> into) {
        for (Change change : changes) {
            int before = into.size();
            EvContext first = context(change, metaCode, newMeta);
            switch (change.kind()) {
                case CALL_ACTIVE: into.add(new CallEvs.Active(first, change.call())); break;
                case CALL_INVALID: into.add(new CallEvs.Invalid(first, change.call())); break;
                case CONNECTION_CREATED: into.add(new ConnEvs.Created(first, change.connection())); break;
                case CONNECTION_STATE: addConnection(change, first, metaCode, callControl, into); break;
                case TERMINAL_CONNECTION_CREATED:
                    into.add(new TermConnEvs.Created(first, change.terminalConnection()));
                    break;
                default: addTerminalConnection(change, first, metaCode, callControl, into); break;
            }
            newMeta &= into.size() == before;
        }
    }

    /**
     * @param call the call
     * @param endedObject the call, address or terminal through which the observer watched it
     * @param metaCode the meta code
     * @param newMeta whether it opens a new group
     * @return a {@code CallObservationEndedEv}
     */
    public static CallEv observationEnded(CallImpl call, Object endedObject, int metaCode, boolean newMeta) {
        return new CallEvs.ObservationEnded(new EvContext(Event.CAUSE_NORMAL, Event.CAUSE_NORMAL, metaCode, newMeta,
                call.info()), call, endedObject);
    }

    /**
     * @param provider the provider
     * @param state the new state, or {@code -1} for the end of observation
     * @param cause the cause
     * @return the provider event
     */
    public static ProvEv provider(Provider provider, int state, int cause) {
        EvContext context = other(cause);
        switch (state) {
            case Provider.IN_SERVICE: return new ProvEvs.InService(context, provider);
            case Provider.OUT_OF_SERVICE: return new ProvEvs.OutOfService(context, provider);
            case Provider.SHUTDOWN: return new ProvEvs.Shutdown(context, provider);
            default: return new ProvEvs.ObservationEnded(context, provider);
        }
    }

    /**
     * @param address the address
     * @param inService the new service state, or {@code null} for the end of observation
     * @param cause the cause
     * @return the address event
     */
    public static AddrEv address(AddressImpl address, Boolean inService, int cause) {
        EvContext context = other(cause);
        if (inService == null) {
            return new DeviceEvs.AddrObservationEnded(context, address);
        }
        return inService ? new DeviceEvs.AddrInService(context, address)
                : new DeviceEvs.AddrOutOfService(context, address);
    }

    /**
     * @param terminal the terminal
     * @param inService the new service state, or {@code null} for the end of observation
     * @param cause the cause
     * @return the terminal event
     */
    public static TermEv terminal(TerminalImpl terminal, Boolean inService, int cause) {
        EvContext context = other(cause);
        if (inService == null) {
            return new DeviceEvs.TermObservationEnded(context, terminal);
        }
        return inService ? new DeviceEvs.TermInService(context, terminal)
                : new DeviceEvs.TermOutOfService(context, terminal);
    }

    private static EvContext other(int cause) {
        return new EvContext(cause, Event.CAUSE_NORMAL, Ev.META_UNKNOWN, true, CallInfo.NONE);
    }

    private static EvContext context(Change change, int metaCode, boolean newMeta) {
        return new EvContext(change.cause(), change.callControlCause(), metaCode, newMeta, change.info());
    }

    private static void addConnection(Change change, EvContext first, int metaCode, boolean callControl,
            List<CallEv> into) {
        ConnectionImpl c = change.connection();
        EvContext next = first;
        if (change.coreState() != Change.UNCHANGED) {
            into.add(coreConnection(change.coreState(), first, c));
            next = context(change, metaCode, false);
        }
        if (callControl && change.callControlState() != Change.UNCHANGED) {
            into.add(callControlConnection(change.callControlState(), next, c));
        }
    }

    private static void addTerminalConnection(Change change, EvContext first, int metaCode, boolean callControl,
            List<CallEv> into) {
        TerminalConnectionImpl tc = change.terminalConnection();
        EvContext next = first;
        if (change.coreState() != Change.UNCHANGED) {
            into.add(coreTerminalConnection(change.coreState(), first, tc));
            next = context(change, metaCode, false);
        }
        if (callControl && change.callControlState() != Change.UNCHANGED) {
            into.add(callControlTerminalConnection(change.callControlState(), next, tc));
        }
    }

    private static CallEv coreConnection(int state, EvContext context, ConnectionImpl c) {
        switch (state) {
            case Connection.INPROGRESS: return new ConnEvs.InProgress(context, c);
            case Connection.ALERTING: return new ConnEvs.Alerting(context, c);
            case Connection.CONNECTED: return new ConnEvs.Connected(context, c);
            case Connection.DISCONNECTED: return new ConnEvs.Disconnected(context, c);
            case Connection.FAILED: return new ConnEvs.Failed(context, c);
            default: return new ConnEvs.Unknown(context, c);
        }
    }

    private static CallEv callControlConnection(int state, EvContext context, ConnectionImpl c) {
        switch (state) {
            case CallControlConnection.OFFERED: return new CallCtlConnEvs.Offered(context, c);
            case CallControlConnection.QUEUED: return new CallCtlConnEvs.Queued(context, c);
            case CallControlConnection.ALERTING: return new CallCtlConnEvs.Alerting(context, c);
            case CallControlConnection.INITIATED: return new CallCtlConnEvs.Initiated(context, c);
            case CallControlConnection.DIALING: return new CallCtlConnEvs.Dialing(context, c);
            case CallControlConnection.NETWORK_REACHED: return new CallCtlConnEvs.NetworkReached(context, c);
            case CallControlConnection.NETWORK_ALERTING: return new CallCtlConnEvs.NetworkAlerting(context, c);
            case CallControlConnection.ESTABLISHED: return new CallCtlConnEvs.Established(context, c);
            case CallControlConnection.DISCONNECTED: return new CallCtlConnEvs.Disconnected(context, c);
            case CallControlConnection.FAILED: return new CallCtlConnEvs.Failed(context, c);
            default: return new CallCtlConnEvs.Unknown(context, c);
        }
    }

    private static CallEv coreTerminalConnection(int state, EvContext context, TerminalConnectionImpl tc) {
        switch (state) {
            case TerminalConnection.RINGING: return new TermConnEvs.Ringing(context, tc);
            case TerminalConnection.ACTIVE: return new TermConnEvs.Active(context, tc);
            case TerminalConnection.PASSIVE: return new TermConnEvs.Passive(context, tc);
            case TerminalConnection.DROPPED: return new TermConnEvs.Dropped(context, tc);
            default: return new TermConnEvs.Unknown(context, tc);
        }
    }

    private static CallEv callControlTerminalConnection(int state, EvContext context, TerminalConnectionImpl tc) {
        switch (state) {
            case CallControlTerminalConnection.RINGING: return new CallCtlTermConnEvs.Ringing(context, tc);
            case CallControlTerminalConnection.TALKING: return new CallCtlTermConnEvs.Talking(context, tc);
            case CallControlTerminalConnection.HELD: return new CallCtlTermConnEvs.Held(context, tc);
            case CallControlTerminalConnection.BRIDGED: return new CallCtlTermConnEvs.Bridged(context, tc);
            case CallControlTerminalConnection.INUSE: return new CallCtlTermConnEvs.InUse(context, tc);
            case CallControlTerminalConnection.DROPPED: return new CallCtlTermConnEvs.Dropped(context, tc);
            default: return new CallCtlTermConnEvs.Unknown(context, tc);
        }
    }

    /** @return an empty list for collecting events */
    public static List<CallEv> newBatch() {
        return new ArrayList<>();
    }
}
