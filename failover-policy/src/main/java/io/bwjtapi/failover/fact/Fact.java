package io.bwjtapi.failover.fact;

/**
 * One observation reported to the failover policy. The hierarchy is closed: every concrete fact is a final
 * class in this package, and {@link #accept(FactVisitor)} dispatches it without casts.
 */
public abstract class Fact {
    Fact() {
    }

    /**
     * Calls the visitor method for this fact's type.
     *
     * @param visitor the visitor
     */
    public abstract void accept(FactVisitor visitor);
}
