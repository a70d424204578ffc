package io.bwjtapi.csta.flows;

import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.model.ForwardingCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every call flow the simulator supports, each with the CSTA events its monitored devices' Xsi events must
 * give. The live test drives them on the simulator; the replay test feeds the recordings made from them.
 */
final class Flows {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final String EXT = FlowDriver.EXTERNAL;

    private Flows() {
    }

    static List<Flow> all() {
        return List.of(originate(), clickToDial(), receiveFromExternal(), originateToExternal(), holdRetrieve(),
                decline(), busy(), unanswered(), blindTransferBeforeAnswer(), blindTransferAfterAnswer(),
                consultTransfer(), conference(), redirect(), oneSideMonitored(), asFailover());
    }

    /** The two calls of b's consultation: a's call to b, which b holds, and b's call to c. */
    private record Consultation(CallRef first, CallRef second) {
    }

    /** a dials b, b answers and holds, b dials c, c answers. */
    private static Consultation consultation(FlowDriver d) {
        CallRef first = d.dial(A, B);
        d.sim().answer(d.user(B), d.callIdOf(first, B));
        d.sim().hold(d.user(B), d.callIdOf(first, B));
        CallRef second = d.dial(B, C);
        d.sim().answer(d.user(C), d.callIdOf(second, C));
        return new Consultation(first, second);
    }

    /** What b sees in a consultation: it answers a, holds, dials c who alerts; then the rest. */
    private static List<String> bConsultsC(String... rest) {
        return then(List.of("Established(b=connected,newCall)", "Held(b=hold,normal)",
                "ServiceInitiated(b=initiated,newCall)", "Originated(b=connected,newCall)",
                "Delivered(c=alerting,newCall)"), rest);
    }

    /** What a sees when it dials b: off hook, the call placed, b alerting; then the rest. */
    private static List<String> aDialsB(String... rest) {
        return then(List.of("ServiceInitiated(a=initiated,newCall)", "Originated(a=connected,newCall)",
                "Delivered(b=alerting,newCall)"), rest);
    }

    private static List<String> then(List<String> first, String... rest) {
        List<String> events = new ArrayList<>(first);
        events.addAll(List.of(rest));
        return events;
    }

    /** a dials b, b answers, a hangs up; both monitored: one call, each with its own connection. */
    static Flow originate() {
        return new Flow("originate", List.of(A, B), d -> {
            CallRef call = d.dial(A, B);
            d.sim().answer(d.user(B), d.callIdOf(call, B));
            d.sim().release(d.user(A), d.callIdOf(call, A));
        }, Map.of("a", aDialsB(
                        "ConnectionCleared(a=null,normalClearing)"),
                "b", List.of(
                        "Established(b=connected,newCall)",
                        "ConnectionCleared(b=null,normalClearing)",
                        "CallCleared(normalClearing)")));
    }

    /** a clicks to dial b (Xsi-Actions): a's phone rings first, a's device answers, b is called and answers. */
    static Flow clickToDial() {
        return new Flow("click-to-dial", List.of(A, B), d -> {
            d.clickToDial(A, d.extension(B));
            d.awaitEvent(B, "CallReceivedEvent");
            CallRef call = d.sim().call(d.sim().truth().knownHalvesOf(d.user(B)).get(0).extTrackingId()).orElseThrow();
            d.sim().answer(d.user(B), d.callIdOf(call, B));
            d.sim().release(d.user(B), d.callIdOf(call, B));
        }, Map.of("a", List.of(
                        "Delivered(a=alerting,makeCall)",
                        "Originated(a=connected,makeCall)",
                        "Delivered(b=alerting,makeCall)",
                        "ConnectionCleared(a=null,normalClearing)",
                        "CallCleared(normalClearing)"),
                "b", List.of(
                        "Established(b=connected,newCall)",
                        "ConnectionCleared(b=null,normalClearing)")));
    }

    /** An external caller rings a; a answers; the caller hangs up. */
    static Flow receiveFromExternal() {
        return new Flow("receive-external", List.of(A), d -> {
            CallRef call = d.sim().dialFromExternal(EXT, d.user(A));
            d.sim().answer(d.user(A), d.callIdOf(call, A));
            d.sim().releaseExternal(call.extTrackingId());
        }, Map.of("a", List.of(
                        "Originated(ext=connected,newCall)",
                        "Delivered(a=alerting,newCall)",
                        "Established(a=connected,newCall)",
                        "ConnectionCleared(ext=null,normalClearing)",
                        "ConnectionCleared(a=null,normalClearing)",
                        "CallCleared(normalClearing)")));
    }

    /** a calls an external number through the network; it answers; a hangs up. */
    static Flow originateToExternal() {
        return new Flow("originate-external", List.of(A), d -> {
            CallRef call = d.sim().dial(d.user(A), EXT);
            d.sim().answerExternal(call.extTrackingId());
            d.sim().release(d.user(A), d.callIdOf(call, A));
        }, Map.of("a", List.of(
                        "ServiceInitiated(a=initiated,newCall)",
                        "Originated(a=connected,newCall)",
                        "NetworkReached(ext=connected,newCall)",
                        "Delivered(ext=alerting,newCall)",
                        "Established(ext=connected,newCall)",
                        "ConnectionCleared(a=null,normalClearing)",
                        "ConnectionCleared(ext=null,normalClearing)",
                        "CallCleared(normalClearing)")));
    }

    /** a and b talk, a holds and retrieves, b hangs up. */
    static Flow holdRetrieve() {
        return new Flow("hold-retrieve", List.of(A, B), d -> {
            CallRef call = d.dial(A, B);
            d.sim().answer(d.user(B), d.callIdOf(call, B));
            d.sim().hold(d.user(A), d.callIdOf(call, A));
            d.sim().retrieve(d.user(A), d.callIdOf(call, A));
            d.sim().release(d.user(B), d.callIdOf(call, B));
        }, Map.of("a", aDialsB(
                        "Held(a=hold,normal)",
                        "Retrieved(a=connected,normal)",
                        "ConnectionCleared(a=null,normalClearing)",
                        "CallCleared(normalClearing)"),
                "b", List.of(
                        "Established(b=connected,newCall)",
                        "ConnectionCleared(b=null,normalClearing)")));
    }

    /** b rejects a's call without a reason: a's call fails as temporarily unavailable. */
    static Flow decline() {
        return new Flow("decline", List.of(A, B), d -> {
            CallRef call = d.dial(A, B);
            d.sim().decline(d.user(B), d.callIdOf(call, B), null);
        }, Map.of("a", aDialsB(
                        "ConnectionCleared(a=null,destNotObtainable)",
                        "CallCleared(destNotObtainable)"),
                "b", List.of(
                        "ConnectionCleared(b=null,normalClearing)")));
    }

    /** b is busy: a's call plays busy treatment and is released. */
    static Flow busy() {
        return new Flow("busy", List.of(A, B), d -> {
            d.sim().setBusy(d.user(B), true);
            d.dial(A, B);
        }, Map.of("a", aDialsB(
                        "Failed(b=fail,busy)",
                        "ConnectionCleared(b=null,busy)",
                        "ConnectionCleared(a=null,busy)",
                        "CallCleared(busy)"),
                "b", List.of()));
    }

    /** Nobody answers b: the no-answer timer releases both halves. */
    static Flow unanswered() {
        return new Flow("unanswered", List.of(A, B), d -> {
            d.dial(A, B);
            d.awaitEvent(A, "CallReleasedEvent");
        }, Map.of("a", aDialsB(
                        "ConnectionCleared(a=null,callNotAnswered)",
                        "CallCleared(callNotAnswered)"),
                "b", List.of(
                        "ConnectionCleared(b=null,callCancelled)")));
    }

    /** b blind-transfers a's ringing call to c (a deflection); c answers; a hangs up. */
    static Flow blindTransferBeforeAnswer() {
        return new Flow("blind-transfer-before-answer", List.of(A, B, C), d -> {
            CallRef call = d.dial(A, B);
            d.sim().blindTransfer(d.user(B), d.callIdOf(call, B), d.extension(C));
            CallRef moved = d.current(call);
            d.sim().answer(d.user(C), d.callIdOf(moved, C));
            d.sim().release(d.user(A), d.callIdOf(moved, A));
        }, Map.of("a", aDialsB(
                        "ConnectionCleared(a=null,normalClearing)"),
                "b", List.of(
                        "Diverted(b=null,redirected)"),
                "c", List.of(
                        "Delivered(c=alerting,redirected)",
                        "Established(c=connected,redirected)",
                        "ConnectionCleared(c=null,normalClearing)",
                        "CallCleared(normalClearing)")));
    }

    /** b answers a, then blind-transfers a to c; c answers and hangs up. */
    static Flow blindTransferAfterAnswer() {
        return new Flow("blind-transfer-after-answer", List.of(A, B, C), d -> {
            CallRef call = d.dial(A, B);
            d.sim().answer(d.user(B), d.callIdOf(call, B));
            d.sim().blindTransfer(d.user(B), d.callIdOf(call, B), d.extension(C));
            CallRef moved = d.current(call);
            d.sim().answer(d.user(C), d.callIdOf(moved, C));
            d.sim().release(d.user(C), d.callIdOf(moved, C));
        }, Map.of("a", aDialsB(
                        "ConnectionCleared(a=null,normalClearing)",
                        "CallCleared(normalClearing)"),
                "b", List.of(
                        "Established(b=connected,newCall)",
                        "Transferred(b=null,singleStepTransfer)"),
                "c", List.of(
                        "Delivered(c=alerting,singleStepTransfer)",
                        "Established(c=connected,singleStepTransfer)",
                        "ConnectionCleared(c=null,normalClearing)")));
    }

    /** b talks to a, holds, consults c, and transfers a to c; a and c talk in a new session; a hangs up. */
    static Flow consultTransfer() {
        return new Flow("consult-transfer", List.of(A, B, C), d -> {
            Consultation calls = consultation(d);
            CallRef first = calls.first();
            CallRef second = calls.second();
            CallRef joined = d.sim().consultTransfer(d.user(B), d.callIdOf(first, B), d.callIdOf(second, B));
            d.sim().release(d.user(A), d.callIdOf(joined, A));
        }, Map.of("a", aDialsB(
                        "ConnectionCleared(a=null,normalClearing)"),
                "b", bConsultsC(
                        "Transferred(b=null,transfer)"),
                "c", List.of(
                        "Established(c=connected,newCall)",
                        "ConnectionCleared(c=null,normalClearing)",
                        "CallCleared(normalClearing)")));
    }

    /** b joins its calls with a and c into a conference; a leaves, which ends it; b and c go on, c hangs up. */
    static Flow conference() {
        return new Flow("conference", List.of(A, B, C), d -> {
            Consultation calls = consultation(d);
            CallRef first = calls.first();
            CallRef second = calls.second();
            d.startConference(B, List.of(d.callIdOf(first, B), d.callIdOf(second, B)));
            d.awaitEvent(B, "ConferenceStartedEvent");
            d.sim().release(d.user(A), d.callIdOf(first, A));
            d.sim().release(d.user(C), d.callIdOf(second, C));
        }, Map.of("a", aDialsB(
                        "ConnectionCleared(a=null,normalClearing)"),
                "b", bConsultsC(
                        "Retrieved(b=connected,normal)",
                        "Conferenced(b=connected,conference)",
                        "ConnectionCleared(b=null,normalClearing)",
                        "CallCleared(normalClearing)"),
                "c", List.of(
                        "Established(c=connected,newCall)",
                        "ConnectionCleared(c=null,normalClearing)")));
    }

    /** b forwards every call to c (Call Forwarding Always); a calls b and reaches c, who answers. */
    static Flow redirect() {
        return new Flow("redirect", List.of(A, B, C), d -> {
            d.sim().setForwarding(d.user(B), ForwardingCondition.ALWAYS, d.extension(C));
            CallRef call = d.dial(A, B);
            CallRef moved = d.current(call);
            d.sim().answer(d.user(C), d.callIdOf(moved, C));
            d.sim().release(d.user(A), d.callIdOf(moved, A));
        }, Map.of("a", aDialsB(
                        "ConnectionCleared(a=null,normalClearing)"),
                "b", List.of(
                        "Diverted(b=null,callForwardImmediate)"),
                "c", List.of(
                        "Delivered(c=alerting,callForwardImmediate)",
                        "Established(c=connected,callForwardImmediate)",
                        "ConnectionCleared(c=null,normalClearing)",
                        "CallCleared(normalClearing)")));
    }

    /** Only a is monitored: b appears as a placeholder that alerts, answers, holds a (remote hold) and leaves. */
    static Flow oneSideMonitored() {
        return new Flow("one-side-monitored", List.of(A), d -> {
            CallRef call = d.dial(A, B);
            d.sim().answer(d.user(B), d.callIdOf(call, B));
            d.sim().hold(d.user(B), d.callIdOf(call, B));
            d.sim().retrieve(d.user(B), d.callIdOf(call, B));
            d.sim().release(d.user(B), d.callIdOf(call, B));
        }, Map.of("a", aDialsB(
                        "Established(b=connected,newCall)",
                        "Held(b=hold,normal)",
                        "Retrieved(b=connected,normal)",
                        "ConnectionCleared(b=null,normalClearing)",
                        "ConnectionCleared(a=null,normalClearing)",
                        "CallCleared(normalClearing)")));
    }

    /** a and b talk when the primary Application Server crashes: the resync snapshots clear the stuck call. */
    static Flow asFailover() {
        return new Flow("as-failover", List.of(A, B), d -> {
            CallRef call = d.dial(A, B);
            d.sim().answer(d.user(B), d.callIdOf(call, B));
            d.sim().asCrash(true);
            d.awaitEvent(A, "CallSubscriptionResyncEvent");
            d.awaitEvent(B, "CallSubscriptionResyncEvent");
        }, Map.of("a", aDialsB(
                        "ConnectionCleared(a=null,switchingFunctionTerminated)"),
                "b", List.of(
                        "Established(b=connected,newCall)",
                        "ConnectionCleared(b=null,switchingFunctionTerminated)",
                        "CallCleared(switchingFunctionTerminated)")));
    }
}
