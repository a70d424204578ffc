package io.bwjtapi.simulator.engine;

import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.engine.SwitchEvent.CallChanged;
import io.bwjtapi.simulator.engine.SwitchEvent.HookChanged;
import io.bwjtapi.simulator.xsi.EventDataXml;
import io.bwjtapi.simulator.xsi.EventDocuments;
import io.bwjtapi.testsupport.SharedReference;
import io.bwjtapi.testsupport.XsiSchemaValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A call engine with a manual clock that records every switch event it produces. */
final class EngineFixture {
    final ManualScheduler time = new ManualScheduler();
    final SimulatorConfig config;
    final List<SwitchEvent> events = new ArrayList<>();
    final CallEngine engine;
    final String a;
    final String b;
    final String c;
    final String d;

    EngineFixture() {
        config = SimulatorConfig.builder().users(5).clock(time).noAnswerTimeout(Duration.ofSeconds(20))
                .clickToDialAnswerDelay(Duration.ofSeconds(1)).build();
        UserDirectory directory = new UserDirectory(config);
        engine = new CallEngine(config, directory, new IdGenerator(1, config.extTrackingIdStyle()), time,
                new UserSettings(), events::add);
        a = directory.all().get(0).userId();
        b = directory.all().get(1).userId();
        c = directory.all().get(2).userId();
        d = directory.all().get(3).userId();
    }

    /** The event names a user got, e.g. HookStatus(Off-Hook), CallOriginated(Alerting), CallRedirected. */
    List<String> names(String userId) {
        return names(userId, CallLevel.ADVANCED);
    }

    /** The event names a subscription with the given package level would get. */
    List<String> names(String userId, CallLevel level) {
        List<String> names = new ArrayList<>();
        for (SwitchEvent e : events) {
            if (e.user().userId().equals(userId) && e.level() != null && e.level().compareTo(level) <= 0) {
                names.add(name(e));
            }
        }
        return names;
    }

    List<CallChanged> calls(String userId) {
        return events.stream().filter(e -> e instanceof CallChanged && e.user().userId().equals(userId))
                .map(e -> (CallChanged) e).toList();
    }

    CallChanged last(String userId, CallEventType type) {
        List<CallChanged> matching = calls(userId).stream().filter(e -> e.type() == type).toList();
        if (matching.isEmpty()) {
            throw new AssertionError(userId + " got no " + type + "; got " + names(userId));
        }
        return matching.get(matching.size() - 1);
    }

    void clear() {
        events.clear();
    }

    /** Renders every recorded event as an Xsi document and validates it against the schema. */
    void validateAll() {
        validateFirst(events.size());
    }

    /** Validates the first {@code count} recorded events. */
    void validateFirst(int count) {
        if (SharedReference.root().isEmpty()) {
            return;
        }
        int sequence = 1;
        for (SwitchEvent e : events.subList(0, Math.min(count, events.size()))) {
            String xml = EventDocuments.subscriptionEvent("e-" + sequence, sequence++, "admin@sim.example", "app",
                    "sub-1", "chan-1", e.user().userId(), EventDataXml.of(e));
            XsiSchemaValidator.assertValid(xml);
        }
    }

    static String name(SwitchEvent e) {
        String type = EventDataXml.typeOf(e).replace("Event", "");
        if (e instanceof HookChanged h) {
            return type + "(" + h.status().wire() + ")";
        }
        if (e instanceof CallChanged c) {
            return type + "(" + c.call().state().wire() + ")";
        }
        return type;
    }
}
