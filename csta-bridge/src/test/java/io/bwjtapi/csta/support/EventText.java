package io.bwjtapi.csta.support;

import io.bwjtapi.csta.event.CstaEvent;
import io.bwjtapi.csta.event.CstaEventType;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders CSTA events compactly for assertions, e.g. {@code Delivered(b=alerting,newCall)}; device names are
 * shortened by a function (e.g. userId to its local part).
 */
public final class EventText {
    private EventText() {
    }

    public static List<String> of(List<CstaEvent> events) {
        return of(events, EventText::shortName);
    }

    public static List<String> of(List<CstaEvent> events, Function<String, String> names) {
        return events.stream().map(e -> of(e, names)).collect(Collectors.toList());
    }

    public static String of(CstaEvent e, Function<String, String> names) {
        String type = e.type().wireName().replace("Event", "").replace("Transfered", "Transferred");
        String cause = e.cause().isEcma() ? e.cause().wireName() : "snapshot";
        if (e.type() == CstaEventType.CALL_CLEARED) {
            return type + "(" + cause + ")";
        }
        return type + "(" + names.apply(e.subject().device().value()) + "=" + e.subjectState().wireName() + ","
                + cause + ")";
    }

    /** {@code alice@t} becomes {@code alice}; {@code tel:+4940} stays. */
    public static String shortName(String device) {
        int at = device.indexOf('@');
        return at > 0 && !device.startsWith("tel:") ? device.substring(0, at) : device;
    }
}
