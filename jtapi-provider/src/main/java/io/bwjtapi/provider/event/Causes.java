package io.bwjtapi.provider.event;

import io.bwjtapi.provider.spi.SwitchCause;
import javax.telephony.Event;
import javax.telephony.callcontrol.CallControlEvent;

/** A core cause and a call-control cause, as one event carries them; built from the switch's cause. */
public final class Causes {
    /** Ordinary operation. */
    public static final Causes NORMAL = new Causes(Event.CAUSE_NORMAL, Event.CAUSE_NORMAL);
    /** Unknown reason. */
    public static final Causes UNKNOWN = new Causes(Event.CAUSE_UNKNOWN, Event.CAUSE_UNKNOWN);
    /** Part of a snapshot. */
    public static final Causes SNAPSHOT = new Causes(Event.CAUSE_SNAPSHOT, Event.CAUSE_NORMAL);
    /** Part of a new call. */
    public static final Causes NEW_CALL = new Causes(Event.CAUSE_NEW_CALL, Event.CAUSE_NORMAL);

    private final int core;
    private final int callControl;

    private Causes(int core, int callControl) {
        this.core = core;
        this.callControl = callControl;
    }

    /** @return the core cause ({@link Event} {@code CAUSE_*}) */
    public int core() {
        return core;
    }

    /** @return the call-control cause ({@link CallControlEvent} {@code CAUSE_*}, or normal/unknown) */
    public int callControl() {
        return callControl;
    }

    /**
     * @param cause the switch's cause
     * @return the JTAPI causes it stands for
     */
    public static Causes of(SwitchCause cause) {
        switch (cause) {
            case NORMAL: return NORMAL;
            case NEW_CALL: return NEW_CALL;
            case CALL_CANCELLED: return core(Event.CAUSE_CALL_CANCELLED);
            case DEST_NOT_OBTAINABLE: return core(Event.CAUSE_DEST_NOT_OBTAINABLE);
            case INCOMPATIBLE_DESTINATION: return core(Event.CAUSE_INCOMPATIBLE_DESTINATION);
            case LOCKOUT: return core(Event.CAUSE_LOCKOUT);
            case NETWORK_CONGESTION: return core(Event.CAUSE_NETWORK_CONGESTION);
            case NETWORK_NOT_OBTAINABLE: return core(Event.CAUSE_NETWORK_NOT_OBTAINABLE);
            case RESOURCES_NOT_AVAILABLE: return core(Event.CAUSE_RESOURCES_NOT_AVAILABLE);
            case BUSY: return callControl(CallControlEvent.CAUSE_BUSY);
            case CALL_NOT_ANSWERED: return callControl(CallControlEvent.CAUSE_CALL_NOT_ANSWERED);
            case CALL_PICKUP: return callControl(CallControlEvent.CAUSE_CALL_PICKUP);
            case CONFERENCE: return callControl(CallControlEvent.CAUSE_CONFERENCE);
            case DO_NOT_DISTURB: return callControl(CallControlEvent.CAUSE_DO_NOT_DISTURB);
            case PARK: return callControl(CallControlEvent.CAUSE_PARK);
            case REDIRECTED: return callControl(CallControlEvent.CAUSE_REDIRECTED);
            case REORDER_TONE: return callControl(CallControlEvent.CAUSE_REORDER_TONE);
            case TRANSFER: return callControl(CallControlEvent.CAUSE_TRANSFER);
            case TRUNKS_BUSY: return callControl(CallControlEvent.CAUSE_TRUNKS_BUSY);
            case UNHOLD: return callControl(CallControlEvent.CAUSE_UNHOLD);
            case ALTERNATE: return callControl(CallControlEvent.CAUSE_ALTERNATE);
            case CALL_BACK: return callControl(CallControlEvent.CAUSE_CALL_BACK);
            default: return UNKNOWN;
        }
    }

    private static Causes core(int cause) {
        return new Causes(cause, Event.CAUSE_NORMAL);
    }

    private static Causes callControl(int cause) {
        return new Causes(Event.CAUSE_NORMAL, cause);
    }

    @Override
    public String toString() {
        return core + "/" + callControl;
    }
}
