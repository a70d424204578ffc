package io.bwjtapi.csta.flows;

import io.bwjtapi.csta.support.EventText;
import io.bwjtapi.csta.support.ModelFixture;
import io.bwjtapi.xsi.event.SubscriptionEvent;
import io.bwjtapi.xsi.event.XsiEvents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recorded event stream of a flow: every subscription event document the simulator wrote on the event
 * channel, in order, each after a line {@code @<userId>} naming the monitored user it was for. Lines starting
 * with {@code #} are comments.
 */
final class FlowRecording {
    /** One recorded document and the user whose subscription it belongs to. */
    record Entry(String userId, String document) {
        SubscriptionEvent decode() {
            return (SubscriptionEvent) XsiEvents.decode(document);
        }
    }

    private FlowRecording() {
    }

    static void write(Path file, String comment, List<Entry> entries) throws IOException {
        StringBuilder text = new StringBuilder();
        comment.lines().forEach(line -> text.append("# ").append(line).append('\n'));
        for (Entry e : entries) {
            text.append('@').append(e.userId()).append('\n').append(e.document().strip()).append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static List<Entry> read(String text) {
        List<Entry> entries = new ArrayList<>();
        String user = null;
        StringBuilder document = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                add(entries, user, document);
                user = line.substring(1).trim();
                document.setLength(0);
            } else {
                document.append(line).append('\n');
            }
        }
        add(entries, user, document);
        return entries;
    }

    private static void add(List<Entry> entries, String user, StringBuilder document) {
        if (user != null && !document.toString().isBlank()) {
            entries.add(new Entry(user, document.toString().strip()));
        }
    }

    /** Feeds events into a fresh model and returns each monitored device's CSTA events as text. */
    static Map<String, List<String>> translate(List<String> userIds, List<SubscriptionEvent> events,
            List<String> deliveredTo) {
        ModelFixture f = new ModelFixture();
        for (int i = 0; i < events.size(); i++) {
            f.deliver(deliveredTo.get(i), events.get(i).data());
        }
        Map<String, List<String>> byDevice = new LinkedHashMap<>();
        userIds.forEach(u -> byDevice.put(Flow.shortName(u), new ArrayList<>()));
        f.events.forEach(e -> byDevice.computeIfAbsent(Flow.shortName(e.monitoredDevice().value()),
                k -> new ArrayList<>()).add(EventText.of(e, Flow::shortName)));
        return byDevice;
    }
}
