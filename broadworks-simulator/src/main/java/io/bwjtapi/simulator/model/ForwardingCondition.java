package io.bwjtapi.simulator.model;

/** When a user's call forwarding applies; each maps to the redirect reason the redirected call carries. */
public enum ForwardingCondition {
    /** Call Forwarding Always: every incoming call, before the device rings. */
    ALWAYS(RedirectReason.UNCONDITIONAL),
    /** Call Forwarding Busy: the user is busy or declined the call as busy. */
    BUSY(RedirectReason.USER_BUSY),
    /** Call Forwarding No Answer: the no-answer timer fired or the user declined the call. */
    NO_ANSWER(RedirectReason.NO_ANSWER);

    private final RedirectReason reason;

    ForwardingCondition(RedirectReason reason) {
        this.reason = reason;
    }

    /** Returns the redirect reason a call forwarded under this condition carries. */
    public RedirectReason reason() {
        return reason;
    }
}
