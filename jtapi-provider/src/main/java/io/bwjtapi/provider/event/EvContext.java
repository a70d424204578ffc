package io.bwjtapi.provider.event;

import io.bwjtapi.provider.call.CallInfo;

/**
 * What every observer event of one delivery position carries besides its subject: causes, meta code,
 * whether it opens a new meta group, and the call information of its moment.
 */
public final class EvContext {
    private final int cause;
    private final int callControlCause;
    private final int metaCode;
    private final boolean newMeta;
    private final CallInfo info;

    /**
     * @param cause the core cause
     * @param callControlCause the call-control cause
     * @param metaCode the meta code
     * @param newMeta whether the event opens a new meta group
     * @param info the call information, or {@link CallInfo#NONE}
     */
    public EvContext(int cause, int callControlCause, int metaCode, boolean newMeta, CallInfo info) {
        this.cause = cause;
        this.callControlCause = callControlCause;
        this.metaCode = metaCode;
        this.newMeta = newMeta;
        this.info = info;
    }

    int cause() {
        return cause;
    }

    int callControlCause() {
        return callControlCause;
    }

    int metaCode() {
        return metaCode;
    }

    boolean newMeta() {
        return newMeta;
    }

    CallInfo info() {
        return info;
    }
}
