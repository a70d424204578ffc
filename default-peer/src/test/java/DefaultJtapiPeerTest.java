import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.telephony.JtapiPeer;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.ProviderUnavailableException;
import org.junit.jupiter.api.Test;

/** Applications that ask the factory for the default peer get bwjtapi. */
class DefaultJtapiPeerTest {
    @Test
    void theFactoryDefaultIsBwjtapi() throws Exception {
        JtapiPeer byNull = JtapiPeerFactory.getJtapiPeer(null);
        JtapiPeer byEmpty = JtapiPeerFactory.getJtapiPeer("");
        assertInstanceOf(DefaultJtapiPeer.class, byNull);
        assertInstanceOf(DefaultJtapiPeer.class, byEmpty);
        assertEquals("io.bwjtapi.BwJtapiPeer", byNull.getName());
    }

    @Test
    void providerStringsGoToBwjtapi() throws Exception {
        JtapiPeer peer = JtapiPeerFactory.getJtapiPeer(null);
        ProviderUnavailableException e = assertThrows(ProviderUnavailableException.class,
                () -> peer.getProvider("xsp.example.com;passwd=secret"));
        assertTrue(e.getMessage().contains("login"), e.getMessage());
        assertTrue(!e.getMessage().contains("secret"), "the password is never shown: " + e.getMessage());
    }

    @Test
    void servicesComeFromTheBwjtapiProperty() throws Exception {
        System.setProperty("bwjtapi.services", "xsp1.example.com,xsp2.example.com|xsp3.example.com");
        try {
            assertEquals(2, JtapiPeerFactory.getJtapiPeer(null).getServices().length);
        } finally {
            System.clearProperty("bwjtapi.services");
        }
    }
}
