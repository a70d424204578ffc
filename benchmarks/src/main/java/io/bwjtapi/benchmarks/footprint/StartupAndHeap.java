package io.bwjtapi.benchmarks.footprint;

import io.bwjtapi.benchmarks.Poll;
import io.bwjtapi.benchmarks.ProviderStrings;
import io.bwjtapi.benchmarks.Report;
import io.bwjtapi.ext.BwAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.CallObserver;
import javax.telephony.Provider;
import javax.telephony.ResourceUnavailableException;

/**
 * Provider start-up time and heap for a small and a large number of monitored addresses (target: 10 000
 * addresses in service within 10 s; at most 4 KB of heap per idle address and 16 KB per active call).
 * <p>
 * The simulator runs in a process of its own ({@link SimulatorProcess}), so this JVM's heap holds the provider
 * and what it needs (JTAPI objects, call model, Xsi client). Per size: the live heap is read after full
 * collections (the baseline), the provider is opened through {@code JtapiPeerFactory} monitoring every user of
 * the group, and start-up is the time from {@code getProvider} to every address {@code IN_SERVICE}. One call
 * observer (the same object) is added to every address, as a monitoring application does, and the live heap is
 * read again: its growth over the baseline divided by the addresses is the heap per idle address. At the large
 * size, a fifth of the users then go on answered calls with each other (a tenth of the addresses in calls) and the
 * growth divided by the calls is the heap per active call. Prints numbers, asserts nothing.
 * <p>
 * Run: {@code java -cp benchmarks/target/benchmarks.jar io.bwjtapi.benchmarks.footprint.StartupAndHeap [small]
 * [large]} (default 1000 and 10000).
 */
public final class StartupAndHeap {
    private static final double SHARE_ON_CALLS = 0.2;
    private static final double KB = 1024;
    private static final double MB = 1024 * 1024;

    private StartupAndHeap() {
    }

    /** What one size measured. */
    private record Footprint(int addresses, double startupSeconds, long idleBytes, int calls, long callBytes) {
    }

    public static void main(String[] args) throws Exception {
        int small = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int large = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Footprint s = measure(small, false);
        Footprint l = measure(large, true);
        Report.value("startup.small", s.startupSeconds(), small, "getProvider -> every address IN_SERVICE");
        Report.value("startup.large", l.startupSeconds(), large, "getProvider -> every address IN_SERVICE");
        Report.value("heap.small", s.idleBytes() / MB, small, "live heap over the baseline, one observer per address");
        Report.value("heap.large", l.idleBytes() / MB, large, "live heap over the baseline, one observer per address");
        double marginal = (l.idleBytes() - s.idleBytes()) / (double) (large - small) / KB;
        Report.value("heap.per-idle-address", l.idleBytes() / (double) large / KB, large, String.format(Locale.ROOT,
                "provider heap / %d addresses; %.2f KB per address between %d and %d addresses", large, marginal,
                small, large));
        Report.value("heap.per-active-call", l.callBytes() / (double) l.calls() / KB, large, String.format(
                Locale.ROOT, "%d answered calls between two monitored, observed addresses", l.calls()));
    }

    private static Footprint measure(int addresses, boolean withCalls) throws Exception {
        try (RemoteSimulator sim = new RemoteSimulator(addresses)) {
            long baseline = Heap.usedAfterGc();
            long start = System.nanoTime();
            Provider provider = ProviderStrings.open(ProviderStrings.forSimulator(List.of(sim.xsp()),
                    sim.directoryUser()));
            double opened = (System.nanoTime() - start) / 1e9;
            try {
                Poll.until(addresses + " addresses in service", Duration.ofMinutes(5), () -> {
                    try {
                        return allInService(provider, addresses);
                    } catch (ResourceUnavailableException e) {
                        return false;
                    }
                });
                double startup = (System.nanoTime() - start) / 1e9;
                CallObserver observer = events -> { };
                for (Address address : provider.getAddresses()) {
                    address.addCallObserver(observer);
                }
                long idle = Heap.usedAfterGc() - baseline;
                System.out.printf("%,d addresses: in service %.2f s after getProvider (which returned after %.2f s); "
                        + "provider heap %.1f MB, %.2f KB per address%n", addresses, startup, opened, idle / MB,
                        idle / KB / addresses);
                int calls = withCalls ? (int) (addresses * SHARE_ON_CALLS / 2) : 0;
                long callBytes = 0;
                if (calls > 0) {
                    sim.calls(calls);
                    Poll.until(calls + " calls at the provider", Duration.ofMinutes(2),
                            () -> callCount(provider) >= calls);
                    callBytes = Heap.usedAfterGc() - baseline - idle;
                    System.out.printf("%,d active calls: %.1f MB more, %.2f KB per call%n", calls, callBytes / MB,
                            callBytes / KB / calls);
                }
                return new Footprint(addresses, startup, idle, calls, callBytes);
            } finally {
                provider.shutdown();
            }
        }
    }

    private static int callCount(Provider provider) {
        try {
            Call[] calls = provider.getCalls();
            return calls == null ? 0 : calls.length;
        } catch (ResourceUnavailableException e) {
            return 0;
        }
    }

    private static boolean allInService(Provider provider, int addresses) throws ResourceUnavailableException {
        if (provider.getState() != Provider.IN_SERVICE) {
            return false;
        }
        Address[] all = provider.getAddresses();
        if (all == null || all.length < addresses) {
            return false;
        }
        for (Address address : all) {
            if (((BwAddress) address).getState() != BwAddress.IN_SERVICE) {
                return false;
            }
        }
        return true;
    }
}
