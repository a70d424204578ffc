package io.bwjtapi.fake;

import io.bwjtapi.ext.BwAddressEvent;
import io.bwjtapi.ext.BwAddressListener;
import io.bwjtapi.ext.BwCall;
import io.bwjtapi.ext.BwTerminalEvent;
import io.bwjtapi.ext.BwTerminalListener;
import java.util.ArrayList;
import java.util.List;
import javax.telephony.AddressEvent;
import javax.telephony.CallEvent;
import javax.telephony.ConnectionEvent;
import javax.telephony.Event;
import javax.telephony.MetaEvent;
import javax.telephony.ProviderEvent;
import javax.telephony.ProviderListener;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.TerminalEvent;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionListener;

/**
 * A JTAPI 1.4 listener application in one object that wants everything: call, connection, terminal connection
 * and call-control events, meta events, provider, address and terminal events (with the service extension).
 * It records each event as {@code "<callId>: <ID_NAME> <subject>"} or {@code "<ID_NAME> <subject>"}.
 */
public class ListenerRecorder implements CallControlTerminalConnectionListener, ProviderListener, BwAddressListener,
        BwTerminalListener {
    private final List<String> events = new ArrayList<>();
    private final List<Event> raw = new ArrayList<>();

    @Override
    public void callActive(CallEvent event) {
        record(event);
    }

    @Override
    public void callEventTransmissionEnded(CallEvent event) {
        record(event);
    }

    @Override
    public void callInvalid(CallEvent event) {
        record(event);
    }

    @Override
    public void multiCallMetaMergeEnded(MetaEvent event) {
        record(event);
    }

    @Override
    public void multiCallMetaMergeStarted(MetaEvent event) {
        record(event);
    }

    @Override
    public void multiCallMetaTransferEnded(MetaEvent event) {
        record(event);
    }

    @Override
    public void multiCallMetaTransferStarted(MetaEvent event) {
        record(event);
    }

    @Override
    public void singleCallMetaProgressEnded(MetaEvent event) {
        record(event);
    }

    @Override
    public void singleCallMetaProgressStarted(MetaEvent event) {
        record(event);
    }

    @Override
    public void singleCallMetaSnapshotEnded(MetaEvent event) {
        record(event);
    }

    @Override
    public void singleCallMetaSnapshotStarted(MetaEvent event) {
        record(event);
    }

    @Override
    public void connectionAlerting(ConnectionEvent event) {
        record(event);
    }

    @Override
    public void connectionConnected(ConnectionEvent event) {
        record(event);
    }

    @Override
    public void connectionCreated(ConnectionEvent event) {
        record(event);
    }

    @Override
    public void connectionDisconnected(ConnectionEvent event) {
        record(event);
    }

    @Override
    public void connectionFailed(ConnectionEvent event) {
        record(event);
    }

    @Override
    public void connectionInProgress(ConnectionEvent event) {
        record(event);
    }

    @Override
    public void connectionUnknown(ConnectionEvent event) {
        record(event);
    }

    @Override
    public void terminalConnectionActive(TerminalConnectionEvent event) {
        record(event);
    }

    @Override
    public void terminalConnectionCreated(TerminalConnectionEvent event) {
        record(event);
    }

    @Override
    public void terminalConnectionDropped(TerminalConnectionEvent event) {
        record(event);
    }

    @Override
    public void terminalConnectionPassive(TerminalConnectionEvent event) {
        record(event);
    }

    @Override
    public void terminalConnectionRinging(TerminalConnectionEvent event) {
        record(event);
    }

    @Override
    public void terminalConnectionUnknown(TerminalConnectionEvent event) {
        record(event);
    }

    @Override
    public void connectionAlerting(CallControlConnectionEvent event) {
        record(event);
    }

    @Override
    public void connectionDialing(CallControlConnectionEvent event) {
        record(event);
    }

    @Override
    public void connectionDisconnected(CallControlConnectionEvent event) {
        record(event);
    }

    @Override
    public void connectionEstablished(CallControlConnectionEvent event) {
        record(event);
    }

    @Override
    public void connectionFailed(CallControlConnectionEvent event) {
        record(event);
    }

    @Override
    public void connectionInitiated(CallControlConnectionEvent event) {
        record(event);
    }

    @Override
    public void connectionNetworkAlerting(CallControlConnectionEvent event) {
        record(event);
    }

    @Override
    public void connectionNetworkReached(CallControlConnectionEvent event) {
        record(event);
    }

    @Override
    public void connectionOffered(CallControlConnectionEvent event) {
        record(event);
    }

    @Override
    public void connectionQueued(CallControlConnectionEvent event) {
        record(event);
    }

    @Override
    public void connectionUnknown(CallControlConnectionEvent event) {
        record(event);
    }

    @Override
    public void terminalConnectionBridged(CallControlTerminalConnectionEvent event) {
        record(event);
    }

    @Override
    public void terminalConnectionDropped(CallControlTerminalConnectionEvent event) {
        record(event);
    }

    @Override
    public void terminalConnectionHeld(CallControlTerminalConnectionEvent event) {
        record(event);
    }

    @Override
    public void terminalConnectionInUse(CallControlTerminalConnectionEvent event) {
        record(event);
    }

    @Override
    public void terminalConnectionRinging(CallControlTerminalConnectionEvent event) {
        record(event);
    }

    @Override
    public void terminalConnectionTalking(CallControlTerminalConnectionEvent event) {
        record(event);
    }

    @Override
    public void terminalConnectionUnknown(CallControlTerminalConnectionEvent event) {
        record(event);
    }

    @Override
    public void providerEventTransmissionEnded(ProviderEvent event) {
        record(event);
    }

    @Override
    public void providerInService(ProviderEvent event) {
        record(event);
    }

    @Override
    public void providerOutOfService(ProviderEvent event) {
        record(event);
    }

    @Override
    public void providerShutdown(ProviderEvent event) {
        record(event);
    }

    @Override
    public void addressListenerEnded(AddressEvent event) {
        record(event);
    }

    @Override
    public void addressInService(BwAddressEvent event) {
        record(event);
    }

    @Override
    public void addressOutOfService(BwAddressEvent event) {
        record(event);
    }

    @Override
    public void terminalListenerEnded(TerminalEvent event) {
        record(event);
    }

    @Override
    public void terminalInService(BwTerminalEvent event) {
        record(event);
    }

    @Override
    public void terminalOutOfService(BwTerminalEvent event) {
        record(event);
    }

    private synchronized void record(Event event) {
        events.add(describe(event));
        raw.add(event);
    }

    /** @param event an event @return its description */
    public static String describe(Event event) {
        String name = EventNames.listener(event.getID());
        if (event instanceof TerminalConnectionEvent) {
            return callId(event) + name + " "
                    + ((TerminalConnectionEvent) event).getTerminalConnection().getTerminal().getName();
        }
        if (event instanceof ConnectionEvent) {
            return callId(event) + name + " " + ((ConnectionEvent) event).getConnection().getAddress().getName();
        }
        if (event instanceof CallEvent) {
            return callId(event) + name;
        }
        if (event instanceof javax.telephony.SingleCallMetaEvent) {
            return ((BwCall) ((javax.telephony.SingleCallMetaEvent) event).getCall()).getCallId() + ": " + name;
        }
        if (event instanceof javax.telephony.MultiCallMetaEvent) {
            return ((BwCall) ((javax.telephony.MultiCallMetaEvent) event).getNewCall()).getCallId() + ": " + name;
        }
        if (event instanceof AddressEvent) {
            return name + " " + ((AddressEvent) event).getAddress().getName();
        }
        if (event instanceof TerminalEvent) {
            return name + " " + ((TerminalEvent) event).getTerminal().getName();
        }
        return name;
    }

    private static String callId(Event event) {
        return ((BwCall) ((CallEvent) event).getCall()).getCallId() + ": ";
    }

    /** @return every event so far */
    public synchronized List<String> events() {
        return new ArrayList<>(events);
    }

    /** @return the raw events so far */
    public synchronized List<Event> raw() {
        return new ArrayList<>(raw);
    }

    /** Forgets what was recorded. */
    public synchronized void clear() {
        events.clear();
        raw.clear();
    }
}
