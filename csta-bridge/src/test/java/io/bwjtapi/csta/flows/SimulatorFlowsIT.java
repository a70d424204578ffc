package io.bwjtapi.csta.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.EmittedDocument;
import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.SubscriptionInfo;
import io.bwjtapi.testsupport.Await;
import io.bwjtapi.xsi.XsiClient;
import io.bwjtapi.xsi.XsiClientConfig;
import io.bwjtapi.xsi.XsiCredentials;
import io.bwjtapi.xsi.XsiEndpoint;
import io.bwjtapi.xsi.event.SubscriptionEvent;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drives every flow of {@link Flows} live: the simulator on loopback, the backend's {@link XsiClient} with one
 * event channel and a subscription per monitored user, the events it delivers fed to the translator. The CSTA
 * events must be those the flow expects.
 *
 * <p>This is also the tool that makes the recordings {@link SimulatorFlowsTest} replays: with the system
 * property {@code csta.flows.record} set to a directory, each flow's channel documents are written there as
 * {@code <flow>.xsi}. From the repository root:
 * {@code mvn -pl csta-bridge -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=SimulatorFlowsIT -Dfailsafe.failIfNoSpecifiedTests=false
 * -Dcsta.flows.record=$PWD/csta-bridge/src/test/resources/flows}
 */
class SimulatorFlowsIT {
    private static final String RECORD = System.getProperty("csta.flows.record");

    static Stream<Flow> flows() {
        return Flows.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flows")
    void theLiveEventStreamGivesTheExpectedCstaEvents(Flow flow) throws Exception {
        SimulatorConfig config = SimulatorConfig.builder().users(6).xspCount(1)
                .clickToDialAnswerDelay(Duration.ofMillis(50)).noAnswerTimeout(Duration.ofSeconds(2)).build();
        List<Map.Entry<String, SubscriptionEvent>> delivered = new CopyOnWriteArrayList<>();
        try (BroadWorksSimulator sim = BroadWorksSimulator.start(config);
                XsiClient client = XsiClient.create(XsiClientConfig.builder(List.of(endpoint(sim.xspBaseUri(0))),
                        XsiCredentials.of(SimulatorConfig.DEFAULT_ADMIN_LOGIN, SimulatorConfig.DEFAULT_PASSWORD))
                        .build())) {
            client.setEventConsumer((user, event) -> delivered.add(Map.entry(user, event)));
            get(client.channels().open(endpoint(sim.xspBaseUri(0))));
            List<String> users = flow.monitored().stream().map(i -> sim.users().get(i).userId())
                    .collect(Collectors.toList());
            get(client.subscriptions().subscribeAll(users));
            Await.until(FlowDriver.WAIT, "initial snapshots", () -> delivered.size() >= users.size());

            flow.script().run(new FlowDriver(sim, client.actions(), (i, type) -> delivered.stream()
                    .anyMatch(d -> d.getKey().equals(sim.users().get(i).userId())
                            && d.getValue().data().typeName().equals(type))));
            Await.until(FlowDriver.WAIT, "every event written on the channel delivered",
                    () -> delivered.size() >= channelEvents(sim).size(), delivered::size);

            Map<String, List<String>> actual = FlowRecording.translate(users,
                    delivered.stream().map(Map.Entry::getValue).collect(Collectors.toList()),
                    delivered.stream().map(Map.Entry::getKey).collect(Collectors.toList()));
            if (RECORD != null) {
                FlowRecording.write(Path.of(RECORD, flow.name() + ".xsi"), "Flow " + flow.name()
                        + ", recorded from BroadWorksSimulator by SimulatorFlowsIT (see its Javadoc to regenerate).",
                        recording(sim));
            }
            assertEquals(flow.expected(), actual, () -> flow.name() + " gives " + actual);
        }
    }

    private static List<EmittedDocument> channelEvents(BroadWorksSimulator sim) {
        return sim.documents().stream().filter(d -> d.onChannel() && d.document().contains("SubscriptionEvent"))
                .collect(Collectors.toList());
    }

    /** The channel's subscription events in order, each with the user its subscription monitors. */
    private static List<FlowRecording.Entry> recording(BroadWorksSimulator sim) {
        Map<String, String> targets = sim.subscriptions().stream()
                .collect(Collectors.toMap(SubscriptionInfo::subscriptionId, SubscriptionInfo::targetUserId));
        List<FlowRecording.Entry> entries = new ArrayList<>();
        for (EmittedDocument d : channelEvents(sim)) {
            String subscription = new FlowRecording.Entry("", d.document()).decode().subscriptionId();
            entries.add(new FlowRecording.Entry(targets.get(subscription), d.document()));
        }
        return entries;
    }

    private static XsiEndpoint endpoint(URI uri) {
        return XsiEndpoint.http(uri.getHost(), uri.getPort());
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(FlowDriver.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
