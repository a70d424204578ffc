package io.bwjtapi.api.peers;

/** Classes that {@code JtapiPeerFactory.getJtapiPeer} is asked to load: one valid peer and each way to fail. */
public final class PeerFixtures {
    /** The message of the exception {@link ThrowingPeer}'s constructor throws. */
    public static final String CONSTRUCTOR_FAILURE = "peer refuses to start";

    private PeerFixtures() {
    }

    /** A valid peer: public, concrete, with a public no-argument constructor. */
    public static class ValidPeer extends FixturePeer {
    }

    /** Has a public no-argument constructor but does not implement {@code JtapiPeer}. */
    public static class NotAPeer {
    }

    /** A peer whose only constructor takes an argument. */
    public static class PeerWithoutNoArgConstructor extends FixturePeer {
        /** @param name ignored */
        public PeerWithoutNoArgConstructor(String name) {
        }
    }

    /** A peer whose no-argument constructor fails. */
    public static class ThrowingPeer extends FixturePeer {
        /** Always throws {@link IllegalStateException} with {@link #CONSTRUCTOR_FAILURE}. */
        public ThrowingPeer() {
            throw new IllegalStateException(CONSTRUCTOR_FAILURE);
        }
    }

    /** A peer that cannot be instantiated because it is abstract. */
    public abstract static class AbstractPeer extends FixturePeer {
    }
}
