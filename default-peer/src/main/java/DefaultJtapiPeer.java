import io.bwjtapi.BwJtapiPeer;
import javax.telephony.JtapiPeer;
import javax.telephony.Provider;

/**
 * The peer {@code JtapiPeerFactory.getJtapiPeer(null)} (or {@code ""}) loads: bwjtapi's {@link BwJtapiPeer}
 * under the conventional default-package name, for applications that do not name their vendor's peer class.
 * <p>
 * Other vendors' JTAPI jars ship a class with the same name. Only one can be on a class path: with two, the
 * application gets whichever the class loader finds first. Put this jar on the class path only when bwjtapi is
 * the application's only JTAPI implementation; otherwise name {@code io.bwjtapi.BwJtapiPeer} explicitly.
 */
public final class DefaultJtapiPeer implements JtapiPeer {
    private final BwJtapiPeer peer = new BwJtapiPeer();

    /** Creates the peer; {@code JtapiPeerFactory} calls this. */
    public DefaultJtapiPeer() {
        // every call goes to the bwjtapi peer
    }

    /** @return {@value BwJtapiPeer#NAME}, the peer that does the work */
    @Override
    public String getName() {
        return peer.getName();
    }

    @Override
    public String[] getServices() {
        return peer.getServices();
    }

    @Override
    public Provider getProvider(String providerString) {
        return peer.getProvider(providerString);
    }

    @Override
    public String toString() {
        return "DefaultJtapiPeer[" + peer + "]";
    }
}
