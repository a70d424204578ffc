package io.bwjtapi.tck.driver;

import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.model.SimUser;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The {@link EnvironmentDriver} of the BroadWorks simulator, for bwjtapi: a simulator with two XSPs and one
 * user per party (every user monitored by the provider), people and the network acting through the
 * simulator's call-control API, faults through its fault injection, and the truth from its ground-truth view.
 * Device service events are recognised through bwjtapi's {@code io.bwjtapi.ext} package, by reflection.
 */
public final class SimulatorEnvironmentDriver implements EnvironmentDriver {
    /** The number outside BroadWorks that the external party of a call uses. */
    public static final String EXTERNAL_NUMBER = "+4930901820";
    /** Timers that make a bwjtapi provider notice a lost XSP within about a second. */
    public static final String FAST_TIMERS = "heartbeatInterval=250ms;heartbeatMissTolerance=2;"
            + "outOfServiceGrace=200ms;reconnectBackoffInitial=100ms;reconnectBackoffMax=500ms;connectTimeout=1s;"
            + "openTimeout=2s;requestTimeout=3s";
    private static final int XSPS = 2;

    private final BroadWorksSimulator simulator;
    private final Map<String, CallRef> calls = new HashMap<>();
    private final SilentCrashes silentCrashes = new SilentCrashes();
    private final DeviceServiceHooks hooks = BwExtensionHooks.loadOrNone();

    /** Starts simulators for the kit ({@code -Dtck.driver} default). */
    public static final class Factory implements EnvironmentDriver.Factory {
        @Override
        public EnvironmentDriver start(int parties) {
            // Events sent into a silently partitioned channel come back on another one after the acknowledgement
            // timeout: two seconds keep scenarios with partitions short.
            return new SimulatorEnvironmentDriver(SimulatorConfig.builder().xspCount(XSPS).users(parties)
                    .callCenterAgents(0).recordLimit(0).ackTimeout(Duration.ofSeconds(2)).build());
        }
    }

    /** Starts a simulator with {@code config} (one user per party; no Call Center agents needed). */
    public SimulatorEnvironmentDriver(SimulatorConfig config) {
        this.simulator = BroadWorksSimulator.start(config);
    }

    /** The simulator, for tests that need more than the driver offers. */
    public BroadWorksSimulator simulator() {
        return simulator;
    }

    @Override
    public String providerString() {
        return expandProviderString("${servers};login=${login};passwd=${passwd};users=${users};tls=false;"
                + FAST_TIMERS);
    }

    @Override
    public String expandProviderString(String template) {
        String servers = simulator.xspBaseUris().stream().map(u -> u.getHost() + ":" + u.getPort())
                .collect(Collectors.joining(","));
        String users = simulator.users().stream().map(SimUser::userId).collect(Collectors.joining(","));
        return template.replace("${servers}", servers).replace("${login}", simulator.config().adminLogin())
                .replace("${passwd}", simulator.config().adminPassword()).replace("${users}", users);
    }

    @Override
    public List<PartyRef> parties() {
        return simulator.users().stream()
                .map(u -> new PartyRef(u.userId(), List.of(u.userId(), u.dn(), u.extension()))).toList();
    }

    @Override
    public int serverCount() {
        return simulator.xspBaseUris().size();
    }

    @Override
    public Set<Class<? extends Fault>> supportedFaults() {
        return Set.of(Fault.KillServer.class, Fault.PartitionServer.class, Fault.RestoreServer.class,
                Fault.CallServerCrash.class, Fault.CallServerRecover.class, Fault.DeleteParty.class,
                Fault.DuplicateEvents.class, Fault.ReorderEvents.class);
    }

    @Override
    public Duration recoveryTimeout() {
        return Duration.ofSeconds(10);
    }

    @Override
    public CallHandle dial(String from, String to) {
        return placed(() -> simulator.dial(from, EXTERNAL.equals(to) ? EXTERNAL_NUMBER : to));
    }

    @Override
    public CallHandle dialFromExternal(String to) {
        return placed(() -> simulator.dialFromExternal(EXTERNAL_NUMBER, to));
    }

    @Override
    public void answer(String party, CallHandle call) {
        act(call, ref -> EXTERNAL.equals(party) ? simulator.answerExternal(ref.extTrackingId())
                : simulator.answer(party, ref.callIdOf(party)));
    }

    @Override
    public void hangUp(String party, CallHandle call) {
        act(call, ref -> EXTERNAL.equals(party) ? simulator.releaseExternal(ref.extTrackingId())
                : simulator.release(party, ref.callIdOf(party)));
    }

    @Override
    public void hold(String party, CallHandle call) {
        act(call, ref -> simulator.hold(local(party), ref.callIdOf(party)));
    }

    @Override
    public void retrieve(String party, CallHandle call) {
        act(call, ref -> simulator.retrieve(local(party), ref.callIdOf(party)));
    }

    @Override
    public void inject(Fault fault) {
        refusing(() -> {
            SimulatorFaults.inject(simulator, fault, silentCrashes);
            return null;
        });
    }

    @Override
    public void recover() {
        for (int i = 0; i < serverCount(); i++) {
            var status = simulator.xspStatus(i);
            if (!status.running() || status.partitioned()) {
                SimulatorFaults.restore(simulator, i);
            }
        }
        simulator.clearFaults();
        if (!simulator.truth().primaryUp()) {
            simulator.asRecover();
        }
        Set<String> existing = simulator.users().stream().map(SimUser::userId).collect(Collectors.toSet());
        for (String user : silentCrashes.recovered()) {
            if (existing.contains(user)) {
                // bwjtapi forces a resync when a user starts a call: the contract's trigger after a silent crash.
                CallRef probe = simulator.dial(user, EXTERNAL_NUMBER);
                simulator.releaseExternal(probe.extTrackingId());
            }
        }
    }

    @Override
    public SwitchView truth() {
        return new SwitchView(SimulatorTruthMapper.map(simulator.truth().calls()), silentCrashes.forgotten());
    }

    @Override
    public DeviceServiceHooks deviceService() {
        return hooks;
    }

    @Override
    public void close() {
        simulator.close();
    }

    @Override
    public String toString() {
        return "simulator " + simulator.xspBaseUris().stream().map(URI::toString).toList();
    }

    private CallHandle placed(Supplier<CallRef> dial) {
        CallRef ref = refusing(dial);
        calls.put(ref.extTrackingId(), ref);
        return new CallHandle(ref.extTrackingId());
    }

    private void act(CallHandle call, java.util.function.Function<CallRef, CallRef> action) {
        CallRef known = calls.get(call.id());
        if (known == null) {
            throw new ActionRefusedException("no call " + call);
        }
        CallRef current = simulator.call(call.id()).orElse(known);
        CallRef after = refusing(() -> action.apply(current));
        calls.put(call.id(), after);
    }

    private static String local(String party) {
        if (EXTERNAL.equals(party)) {
            throw new ActionRefusedException("the external party cannot hold or retrieve");
        }
        return party;
    }

    private static <T> T refusing(Supplier<T> action) {
        try {
            return action.get();
        } catch (SimulatorException | IllegalArgumentException e) {
            throw new ActionRefusedException(e.getMessage(), e);
        }
    }
}
