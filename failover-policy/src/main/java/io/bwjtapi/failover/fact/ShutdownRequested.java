package io.bwjtapi.failover.fact;

/** The application shut the provider down: every channel closes, every device closes, the provider ends. */
public final class ShutdownRequested extends Fact {
    /** The only instance. */
    public static final ShutdownRequested INSTANCE = new ShutdownRequested();

    private ShutdownRequested() {
    }

    @Override
    public void accept(FactVisitor visitor) {
        visitor.shutdownRequested(this);
    }

    @Override
    public String toString() {
        return "ShutdownRequested";
    }
}
