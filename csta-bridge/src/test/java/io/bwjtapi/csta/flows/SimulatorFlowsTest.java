package io.bwjtapi.csta.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.testsupport.SharedReference;
import io.bwjtapi.testsupport.XsiSchemaValidator;
import io.bwjtapi.xsi.event.SubscriptionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the event streams recorded from the simulator for every flow of {@link Flows} (test resources
 * {@code flows/<flow>.xsi}, made by {@link SimulatorFlowsIT}): each document is decoded by the backend's
 * decoder and applied by the translator; every monitored device must see the CSTA events the flow expects.
 */
class SimulatorFlowsTest {

    static Stream<Flow> flows() {
        return Flows.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flows")
    void theRecordedEventStreamGivesTheExpectedCstaEvents(Flow flow) throws IOException {
        List<FlowRecording.Entry> entries = FlowRecording.read(resource(flow));
        assertFalse(entries.isEmpty(), "no recording for " + flow);
        List<SubscriptionEvent> events = entries.stream().map(FlowRecording.Entry::decode).collect(Collectors.toList());
        List<String> users = flow.monitored().stream()
                .map(i -> "user" + (1001 + i) + "@" + SimulatorConfig.DEFAULT_DOMAIN).collect(Collectors.toList());

        Map<String, List<String>> actual = FlowRecording.translate(users, events,
                entries.stream().map(FlowRecording.Entry::userId).collect(Collectors.toList()));

        assertEquals(flow.expected(), actual);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flows")
    void everyRecordedDocumentIsAValidXsiEvent(Flow flow) throws IOException {
        SharedReference.require("xsi-schema");
        for (FlowRecording.Entry entry : FlowRecording.read(resource(flow))) {
            XsiSchemaValidator.assertValid(entry.document());
        }
    }

    private static String resource(Flow flow) throws IOException {
        try (InputStream in = SimulatorFlowsTest.class.getResourceAsStream("/flows/" + flow.name() + ".xsi")) {
            if (in == null) {
                throw new AssertionError("missing recording flows/" + flow.name() + ".xsi");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
