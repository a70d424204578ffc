package io.bwjtapi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.fake.FakeSwitch;
import io.bwjtapi.provider.spi.SwitchConnectException;
import java.util.List;
import javax.telephony.JtapiPeer;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.Provider;
import javax.telephony.ProviderUnavailableException;
import org.junit.jupiter.api.Test;

/** The peer applications load by name, the connector look-up and how opening failures are reported. */
class BwJtapiPeerTest {
    @Test
    void applicationsLoadThePeerByName() throws Exception {
        JtapiPeer peer = JtapiPeerFactory.getJtapiPeer("io.bwjtapi.BwJtapiPeer");
        assertInstanceOf(BwJtapiPeer.class, peer);
        assertEquals("io.bwjtapi.BwJtapiPeer", peer.getName());
    }

    @Test
    void servicesComeFromTheSystemProperty() {
        String before = System.getProperty(BwJtapiPeer.SERVICES_PROPERTY);
        try {
            System.clearProperty(BwJtapiPeer.SERVICES_PROPERTY);
            assertNull(new BwJtapiPeer().getServices());
            System.setProperty(BwJtapiPeer.SERVICES_PROPERTY, "xsp1,xsp2 | xsp3");
            assertArrayEquals(new String[] {"xsp1,xsp2", "xsp3"}, new BwJtapiPeer().getServices());
        } finally {
            if (before == null) {
                System.clearProperty(BwJtapiPeer.SERVICES_PROPERTY);
            } else {
                System.setProperty(BwJtapiPeer.SERVICES_PROPERTY, before);
            }
        }
    }

    @Test
    void aProviderIsReturnedOutOfServiceWithANameWithoutThePassword() {
        FakeSwitch fake = FakeSwitch.create().users("1001");
        Provider provider = fake.open("");
        try {
            assertEquals(Provider.OUT_OF_SERVICE, provider.getState());
            assertEquals(fake.service() + ";login=app@example.com", provider.getName());
            assertFalse(provider.toString().contains("s3cret"));
        } finally {
            provider.shutdown();
        }
    }

    @Test
    void withoutTheBroadWorksConnectorARealProviderStringFailsClearly() {
        ProviderUnavailableException e = assertThrows(ProviderUnavailableException.class,
                () -> new BwJtapiPeer().getProvider("xsp1.example.com;login=app;passwd=s3cret"));
        assertEquals(ProviderUnavailableException.CAUSE_INVALID_SERVICE, e.getReason());
        assertTrue(e.getMessage().contains("No switch connector named 'broadworks'"), e.getMessage());
        assertTrue(e.getMessage().contains("fake"), "names the installed connectors: " + e.getMessage());
        BwJtapiPeer none = new BwJtapiPeer(List::of);
        assertThrows(ProviderUnavailableException.class, () -> none.getProvider("x;login=a;passwd=b;connector=fake"));
    }

    @Test
    void aMalformedStringIsAnInvalidArgument() {
        ProviderUnavailableException e = assertThrows(ProviderUnavailableException.class,
                () -> new BwJtapiPeer().getProvider("xsp1;login=app;passwd=s3cret;colour=blue"));
        assertEquals(ProviderUnavailableException.CAUSE_INVALID_ARGUMENT, e.getReason());
        assertFalse(e.getMessage().contains("s3cret"));
    }

    @Test
    void connectFailuresMapToReasonsAndNeverShowThePassword() {
        FakeSwitch fake = FakeSwitch.create().users("1001");
        fake.failConnect(new SwitchConnectException(SwitchConnectException.Reason.UNREACHABLE,
                "xsp1: connection refused", null));
        ProviderUnavailableException down = assertThrows(ProviderUnavailableException.class, () -> fake.open(""));
        assertEquals(ProviderUnavailableException.CAUSE_NOT_IN_SERVICE, down.getReason());
        assertTrue(down.getMessage().contains("connection refused"), down.getMessage());

        fake.failConnect(new SwitchConnectException(SwitchConnectException.Reason.AUTHENTICATION_FAILED,
                "401 for app@example.com with password s3cret", null));
        ProviderUnavailableException refused = assertThrows(ProviderUnavailableException.class, () -> fake.open(""));
        assertEquals(ProviderUnavailableException.CAUSE_INVALID_ARGUMENT, refused.getReason());
        assertFalse(refused.getMessage().contains("s3cret"), refused.getMessage());
        assertTrue(refused.getMessage().contains("****"), refused.getMessage());
    }
}
