import io.bwjtapi.api.peers.FixturePeer;

/**
 * The peer {@code JtapiPeerFactory.getJtapiPeer} loads when no name is given. Implementations ship a class of
 * this name in the default package; this one exists only on the test class path.
 */
public class DefaultJtapiPeer extends FixturePeer {
}
