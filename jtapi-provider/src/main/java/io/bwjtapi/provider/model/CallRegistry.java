package io.bwjtapi.provider.model;

import io.bwjtapi.provider.call.CallImpl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.telephony.Call;

/**
 * The calls of one provider: the reported ones by stable id, the idle ones the application created, and the
 * ids of calls that ended recently (so that late or duplicated reports cannot bring an ended call back).
 * Changed on the model thread; {@link #toArray()} may be read from any thread.
 */
public final class CallRegistry {
    private static final int RECENTLY_ENDED = 4096;

    private final ProviderCore core;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, CallImpl> byId = new LinkedHashMap<>();
    private final List<CallImpl> idle = new ArrayList<>();
    private final Map<String, Boolean> ended = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > RECENTLY_ENDED;
        }
    };
    private volatile Call[] visible = new Call[0];
    private boolean dirty;

    CallRegistry(ProviderCore core) {
        this.core = core;
    }

    /** @return a new idle call, listed until it is placed or the provider shuts down (model thread) */
    public CallImpl createIdle() {
        CallImpl call = new CallImpl(core, sequence.incrementAndGet(), null);
        idle.add(call);
        dirty = true;
        publish();
        return call;
    }

    /** @param id a stable call id @return the call, or {@code null} */
    public CallImpl get(String id) {
        return byId.get(id);
    }

    /** @param id a stable call id @return a new call under that id (model thread) */
    public CallImpl create(String id) {
        CallImpl call = new CallImpl(core, sequence.incrementAndGet(), id);
        byId.put(id, call);
        dirty = true;
        return call;
    }

    /**
     * Binds an idle call to the id the switch gave it when it was placed (model thread).
     *
     * @param call the idle call
     * @param id its stable id
     * @return {@code false} if another call already has that id
     */
    public boolean bind(CallImpl call, String id) {
        if (byId.containsKey(id)) {
            return false;
        }
        idle.remove(call);
        call.bind(id);
        byId.put(id, call);
        dirty = true;
        return true;
    }

    /** @param call a call that became invalid: it is forgotten (model thread) */
    public void invalidated(CallImpl call) {
        dirty = true;
        idle.remove(call);
        if (call.getCallId() != null && byId.remove(call.getCallId(), call)) {
            ended.put(call.getCallId(), Boolean.TRUE);
        }
    }

    /** @param id a stable call id @return whether a call of that id ended recently */
    public boolean recentlyEnded(String id) {
        return ended.containsKey(id);
    }

    /** @return the reported calls, in the order they were first reported or bound (model thread) */
    public List<CallImpl> reported() {
        return new ArrayList<>(byId.values());
    }

    /** @return the idle calls the application created (model thread) */
    public List<CallImpl> idle() {
        return new ArrayList<>(idle);
    }

    /** Marks that a call was hidden or shown, so {@link #publish()} must recompute the list (model thread). */
    public void visibilityChanged() {
        dirty = true;
    }

    /** Recomputes {@link #toArray()} if a call was created, ended, hidden or shown since last time (model thread). */
    public void publish() {
        if (!dirty) {
            return;
        }
        dirty = false;
        List<Call> list = new ArrayList<>();
        for (CallImpl call : idle) {
            list.add(call);
        }
        for (CallImpl call : reported()) {
            if (call.visible()) {
                list.add(call);
            }
        }
        visible = list.toArray(new Call[0]);
    }

    /** @return the calls the application sees, as {@code Provider.getCalls()} returns them */
    public Call[] toArray() {
        Call[] current = visible;
        return current.length == 0 ? null : current.clone();
    }
}
