package io.bwjtapi.failover.decision;

/**
 * One thing the wiring must do, or one state change it must show to applications. The hierarchy is closed:
 * every concrete decision is a final class in this package, and {@link #accept(DecisionVisitor)} dispatches it
 * without casts.
 */
public abstract class Decision {
    Decision() {
    }

    /**
     * Calls the visitor method for this decision's type.
     *
     * @param visitor the visitor
     */
    public abstract void accept(DecisionVisitor visitor);
}
