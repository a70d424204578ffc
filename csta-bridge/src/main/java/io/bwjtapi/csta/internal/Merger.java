package io.bwjtapi.csta.internal;

import io.bwjtapi.csta.event.ConnectionListItem;
import io.bwjtapi.csta.model.CallRef;
import io.bwjtapi.csta.model.CstaCall;
import io.bwjtapi.csta.model.CstaConnection;
import io.bwjtapi.csta.model.Leg;
import io.bwjtapi.csta.model.ModelEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Merges two calls into one (transfer, conference, a half moving into another call's session). The older
 * call survives, so an application's Call object stays the one it has had longest; every connection of the
 * other call moves over, and a device in both keeps one connection (a monitored one wins over a placeholder;
 * two monitored ones pool their halves).
 */
final class Merger {
    /** The outcome: the surviving call, the call merged into it, and how each moved connection changed. */
    static final class Result {
        final CstaCall call;
        final CallRef absorbed;
        final List<ConnectionListItem> items;

        Result(CstaCall call, CallRef absorbed, List<ConnectionListItem> items) {
            this.call = call;
            this.absorbed = absorbed;
            this.items = items;
        }
    }

    private Merger() {
    }

    /** Merges the calls in the edit (the absorbed call is removed, the survivor staged) and reports how. */
    static Result merge(ModelEdit edit, CstaCall a, CstaCall b) {
        CstaCall survivor = a.ref().isOlderThan(b.ref()) ? a : b;
        CstaCall absorbed = survivor == a ? b : a;
        CstaCall result = survivor.with(survivor.parties().merge(absorbed.parties()));
        List<ConnectionListItem> items = new ArrayList<>();
        for (CstaConnection moving : absorbed.connections()) {
            CstaConnection merged = combine(result.connection(moving.device()), moving.movedTo(survivor.ref()));
            result = result.with(merged);
            items.add(new ConnectionListItem(moving.ref(), merged.ref(), merged.state()));
        }
        edit.remove(absorbed.ref());
        edit.put(result);
        return new Result(result, absorbed.ref(), items);
    }

    private static CstaConnection combine(Optional<CstaConnection> existing, CstaConnection moving) {
        if (existing.isEmpty()) {
            return moving;
        }
        CstaConnection there = existing.get();
        if (there.isMonitored() && moving.isMonitored()) {
            for (Leg leg : moving.legs()) {
                there = there.withLeg(leg);
            }
            return there;
        }
        return moving.isMonitored() ? moving.withDetailsFrom(there.party()) : there;
    }
}
