package io.bwjtapi.csta.model;

import java.util.List;
import java.util.Optional;

/** A read-only view of a private model copy; nothing can change it, so any thread may read it. */
final class FrozenView implements CallModelView {
    private final CallModel frozen;

    FrozenView(CallModel frozen) {
        this.frozen = frozen;
    }

    @Override
    public long version() {
        return frozen.version();
    }

    @Override
    public Optional<CstaCall> call(CallRef ref) {
        return frozen.call(ref);
    }

    @Override
    public List<CstaCall> calls() {
        return frozen.calls();
    }

    @Override
    public List<CstaCall> callsOf(DeviceId device) {
        return frozen.callsOf(device);
    }

    @Override
    public Optional<CstaCall> callByExtTrackingId(String extTrackingId) {
        return frozen.callByExtTrackingId(extTrackingId);
    }

    @Override
    public Optional<CstaCall> callOfLeg(LegRef leg) {
        return frozen.callOfLeg(leg);
    }

    @Override
    public boolean isRecentlyEnded(LegRef leg) {
        return frozen.isRecentlyEnded(leg);
    }

    @Override
    public long nextCallNumber() {
        return frozen.nextCallNumber();
    }

    @Override
    public String toString() {
        return "frozen " + frozen;
    }
}
