package io.bwjtapi.benchmarks.jtapi;

import io.bwjtapi.BwJtapiPeer;
import io.bwjtapi.benchmarks.Poll;
import io.bwjtapi.benchmarks.Report;
import io.bwjtapi.provider.BwProviderImpl;
import io.bwjtapi.provider.spi.ServiceSnapshot;
import io.bwjtapi.provider.spi.SwitchEventSink;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import javax.telephony.Address;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.Provider;

/**
 * JTAPI events delivered per second to observers and to listeners (target: at least 50 000/s each), through the
 * real JTAPI layer (provider model thread, event dispatcher with its default threads) fed by a scripted switch
 * ({@link ScriptedConnector}) as fast as the layer takes the facts. 2 000 monitored addresses, 1 000 live calls
 * between pairs of them, each call five facts ({@link CallScript}); every address has its own call observer (or
 * call listener) for core and call-control events, so each event of a call reaches two applications.
 * Prints numbers, asserts nothing.
 * <p>
 * Run: {@code java -cp benchmarks/target/benchmarks.jar io.bwjtapi.benchmarks.jtapi.DispatchThroughput
 * [warm-up seconds] [measured seconds]} (default 3 and 6).
 */
public final class DispatchThroughput {
    private static final int PAIRS = 1_000;
    /** Ticks between the steps of one call: with one call per pair live, a pair is free again when reused. */
    private static final int SPACING = PAIRS / CallScript.STEPS;
    /** Calls the producer may be ahead of the applications before it waits. */
    private static final long WINDOW = 2 * PAIRS;

    private enum Mode {
        OBSERVERS, LISTENERS
    }

    private DispatchThroughput() {
    }

    public static void main(String[] args) throws Exception {
        double warmup = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        double measured = args.length > 1 ? Double.parseDouble(args[1]) : 6;
        for (Mode mode : Mode.values()) {
            measure(mode, warmup, measured);
        }
    }

    private static void measure(Mode mode, double warmupSeconds, double measuredSeconds) throws Exception {
        BwProviderImpl provider = (BwProviderImpl) JtapiPeerFactory.getJtapiPeer(BwJtapiPeer.NAME)
                .getProvider("dispatch-bench;login=bench;passwd=bench;connector=" + ScriptedConnector.NAME);
        try {
            SwitchEventSink sink = provider.eventSink();
            sink.devicesAdded(CallScript.devices(PAIRS));
            sink.connectionRestored(ServiceSnapshot.of());
            Poll.until("provider in service", Duration.ofSeconds(30), () -> provider.getState() == Provider.IN_SERVICE);
            EventCounter counter = new EventCounter();
            for (Address address : provider.getAddresses()) {
                if (mode == Mode.OBSERVERS) {
                    address.addCallObserver(counter.observer());
                } else {
                    address.addCallListener(counter.listener());
                }
            }
            long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
            long end = warmupEnd + (long) (measuredSeconds * 1e9);
            long events0 = 0;
            long callbacks0 = 0;
            long ticks0 = 0;
            long start = 0;
            long tick = 0;
            for (; System.nanoTime() < end; tick++) {
                if (start == 0 && System.nanoTime() >= warmupEnd) {
                    start = System.nanoTime();
                    events0 = counter.events();
                    callbacks0 = counter.callbacks();
                    ticks0 = tick;
                }
                for (int step = 0; step < CallScript.STEPS; step++) {
                    long call = tick - (long) step * SPACING;
                    if (call >= 0) {
                        sink.callChanged(CallScript.step(step, "c" + call, (int) (call % PAIRS)));
                    }
                }
                long ended = tick - (long) (CallScript.STEPS - 1) * SPACING;
                while (ended - counter.invalidated() / 2 > WINDOW) {
                    LockSupport.parkNanos(50_000); // the applications are behind: let them catch up
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = (counter.events() - events0) / seconds;
            double facts = (tick - ticks0) * (double) CallScript.STEPS / seconds;
            provider.awaitQuiescent(Duration.ofSeconds(30));
            long dropped = provider.modelStats().droppedFacts() + provider.modelStats().illegalTransitions();
            double perCall = counter.events() / (counter.invalidated() / 2.0);
            String detail = String.format(Locale.ROOT, "%,.0f facts/s applied, %.1f events per call to %s "
                    + "(%,.0f callbacks/s%s), 2 000 addresses, 1 000 live calls, default dispatcher, scripted switch; "
                    + "%d facts dropped", facts, perCall, mode == Mode.OBSERVERS ? "2 observers" : "2 listeners",
                    (counter.callbacks() - callbacks0) / seconds, mode == Mode.LISTENERS ? String.format(Locale.ROOT,
                            ", %,d meta events not counted", counter.metaEvents()) : "", dropped);
            System.out.printf("JTAPI events delivered to %s: %,.0f/s (target >= 50 000); %s%n",
                    mode.name().toLowerCase(Locale.ROOT), rate, detail);
            Report.value(mode == Mode.OBSERVERS ? "jtapi.dispatch-observers" : "jtapi.dispatch-listeners", rate,
                    detail);
        } finally {
            provider.shutdown();
        }
    }
}
