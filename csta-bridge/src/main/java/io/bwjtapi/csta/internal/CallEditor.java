package io.bwjtapi.csta.internal;

import io.bwjtapi.csta.event.ConnectionListItem;
import io.bwjtapi.csta.event.CstaEvent;
import io.bwjtapi.csta.event.CstaEventType;
import io.bwjtapi.csta.event.EventCause;
import io.bwjtapi.csta.internal.RemoteParties.Remote;
import io.bwjtapi.csta.model.CallParties;
import io.bwjtapi.csta.model.CstaCall;
import io.bwjtapi.csta.model.CstaConnection;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.model.Leg;
import io.bwjtapi.csta.model.LegRef;
import io.bwjtapi.csta.model.LocalConnectionState;
import io.bwjtapi.csta.model.ModelEdit;
import io.bwjtapi.csta.model.Party;
import io.bwjtapi.xsi.model.Call;
import io.bwjtapi.xsi.model.Personality;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Changes the calls of one monitored device (the reporter) on a {@link ModelEdit} and records the CSTA
 * events each change implies. A half joins the call of its session (or a new call); its connection takes the
 * half's state; the remote party it names gets a placeholder connection unless the call already has a
 * connection for that device. A call left without monitored connections is cleared.
 */
public final class CallEditor {
    private final ModelEdit edit;
    private final DeviceId reporter;
    private final EventLog log;
    private final RemoteSync remotes;
    private final CallEnds ends;
    private final Joins joins;

    /**
     * Starts editing for one device.
     *
     * @param edit where the changes are staged
     * @param reporter the monitored device whose halves change
     */
    public CallEditor(ModelEdit edit, DeviceId reporter) {
        this.edit = edit;
        this.reporter = reporter;
        this.log = new EventLog(reporter);
        this.remotes = new RemoteSync(log);
        this.ends = new CallEnds(edit, log);
        this.joins = new Joins(edit, reporter, log, ends);
    }

    /** @return the events recorded so far, in order (a read-only view) */
    public List<CstaEvent> events() {
        return Collections.unmodifiableList(log.events());
    }

    /**
     * Names the device of a half's remote party as the model does (userId, else address, else a name unique
     * to the half).
     *
     * @param owner the half
     * @param call its BroadWorks data
     * @return the remote party's device
     */
    public static DeviceId remoteDevice(LegRef owner, Call call) {
        return RemoteParties.party(owner, call.remoteParty()).device();
    }

    /**
     * Finds one of the reporter's halves in the edited model.
     *
     * @param callId the Xsi callId
     * @return the half
     */
    public Optional<Leg> leg(String callId) {
        Optional<CstaCall> call = edit.callOfLeg(LegRef.of(reporter, callId));
        return call.isEmpty() ? Optional.empty() : call.get().connection(reporter).orElseThrow().leg(callId);
    }

    /**
     * Applies the latest state of one of the reporter's halves.
     *
     * @param u the update
     */
    public void apply(LegUpdate u) {
        LegRef key = LegRef.of(reporter, u.call.callId());
        Optional<CstaCall> current = edit.callOfLeg(key);
        Leg old = current.isEmpty() ? null : current.get().connection(reporter).orElseThrow().leg(key.callId())
                .orElseThrow();
        CstaCall call = withParties(target(key, current, old, u), key, u.call);
        CstaConnection before = call.connection(reporter).orElse(null);
        Optional<Remote> remote = RemoteParties.of(key, u.call, u.state, u.failed);
        boolean remoteFails = u.failed && remote.isPresent()
                && RemoteSync.adoptable(call, remote.get().party.device(), key).isPresent();
        Leg leg = new Leg(reporter, u.call, u.failed && !remoteFails ? LocalConnectionState.FAIL : u.state);
        CstaConnection after = before == null
                ? CstaConnection.monitored(call.ref(), Party.user(reporter), List.of(leg)) : before.withLeg(leg);
        call = call.with(after);
        boolean originating = u.call.personality() != Personality.TERMINATOR;
        boolean callerFirst = before == null && !originating;
        if (callerFirst) {
            call = remotes.sync(call, key, remote, u);
        }
        LocalConnectionState from = before == null ? LocalConnectionState.NULL : before.state();
        if (before == null && u.via != null && u.via != after.state()) {
            log.transition(call, reporter, from, u.via, originating, u.cause);
            from = u.via;
        }
        log.transition(call, reporter, from, after.state(), originating, u.cause);
        if (!callerFirst) {
            call = remotes.sync(call, key, remote, u);
        }
        edit.put(call);
    }

    /**
     * Replaces the BroadWorks data of a half whose state did not change, without any event.
     *
     * @param call the half as BroadWorks reports it; same callId, session, state and remote party
     */
    public void refresh(Call call) {
        LegRef key = LegRef.of(reporter, call.callId());
        CstaCall current = edit.callOfLeg(key).orElseThrow();
        CstaConnection connection = current.connection(reporter).orElseThrow();
        Leg old = connection.leg(call.callId()).orElseThrow();
        edit.put(withParties(current.with(connection.withLeg(new Leg(reporter, call, old.state()))), key, call));
    }

    /**
     * Takes one of the reporter's halves out of its call, and remembers it as ended.
     *
     * @param callId the half's Xsi callId
     * @param d how it left
     * @return whether the half was in the model
     */
    public boolean leave(String callId, Departure d) {
        LegRef key = LegRef.of(reporter, callId);
        Optional<CstaCall> found = edit.callOfLeg(key);
        if (found.isEmpty()) {
            return false;
        }
        CstaCall call = found.get();
        CstaConnection own = call.connection(reporter).orElseThrow();
        List<CstaConnection> owned = RemoteSync.ownedBy(call, key);
        edit.markEnded(key);
        if (d.kind != Departure.Kind.RELEASED) {
            call = RemoteSync.orphan(call, owned);
        } else if (d.remoteFirst) {
            call = ends.clear(call, owned, d.cause, d.other);
        }
        call = dropOwn(call, own, own.withoutLeg(callId), d);
        if (d.kind == Departure.Kind.RELEASED && !d.remoteFirst) {
            call = ends.clear(call, owned, d.cause, d.other);
        }
        ends.finish(call, d.cause);
        return true;
    }

    /**
     * Joins the calls of several of the reporter's halves into one conference call.
     *
     * @param callIds the conference legs' Xsi callIds; unknown ones are skipped
     * @param cause the cause to report
     * @return whether calls were merged
     */
    public boolean conference(List<String> callIds, EventCause cause) {
        return joins.conference(callIds, cause);
    }

    /**
     * The reporter transferred the party of one half to the party of another and left both calls; the two
     * calls become one.
     *
     * @param heldCallId the half with the party being transferred
     * @param consultedCallId the half with the party it is transferred to
     * @param transferredTo the destination device, or {@code null}
     * @param cause the cause to report
     * @return whether both halves were in the model
     */
    public boolean consultTransfer(String heldCallId, String consultedCallId, DeviceId transferredTo,
            EventCause cause) {
        return joins.consultTransfer(heldCallId, consultedCallId, transferredTo, cause);
    }

    /** Fills in what the half tells about the call's parties; nothing new once both ends are known. */
    private static CstaCall withParties(CstaCall call, LegRef key, Call half) {
        if (call.parties().isComplete() && half.redirections().isEmpty()) {
            return call;
        }
        return call.with(call.parties().merge(RemoteParties.partiesOf(key, half)));
    }

    private CstaCall target(LegRef key, Optional<CstaCall> current, Leg old, LegUpdate u) {
        Optional<CstaCall> session = edit.callByExtTrackingId(u.call.extTrackingId());
        if (current.isPresent()) {
            if (session.isPresent() && !session.get().ref().equals(current.get().ref())) {
                return joins.move(key, old, u, current.get(), session.get());
            }
            return current.get();
        }
        return session.orElseGet(
                () -> new CstaCall(edit.newCallRef(), List.of(), CallParties.NONE, u.call.extTrackingId()));
    }

    private CstaCall dropOwn(CstaCall call, CstaConnection own, CstaConnection remaining, Departure d) {
        if (remaining != null) {
            CstaCall next = call.with(remaining);
            boolean originating = remaining.legs().get(0).call().personality() != Personality.TERMINATOR;
            log.transition(next, reporter, own.state(), remaining.state(), originating, d.cause);
            return next;
        }
        CstaCall next = call.without(reporter);
        switch (d.kind) {
            case DIVERTED:
                next = next.with(next.parties().withLastRedirected(own.party()));
                log.diverted(next, reporter, d.cause, d.other);
                break;
            case TRANSFERRED:
                log.merged(CstaEventType.TRANSFERRED, next, null, reporter, d.other,
                        List.of(new ConnectionListItem(own.ref(), null, LocalConnectionState.NULL)), d.cause);
                break;
            default:
                log.cleared(next, reporter, d.cause, d.other);
        }
        return next;
    }

}
