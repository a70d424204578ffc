package io.bwjtapi.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.tck.driver.SimulatorEnvironmentDriver;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TckSettingsTest {
    @Test
    void defaultsNameBwjtapiAndTheSimulatorDriver() {
        TckSettings s = TckSettings.from(new Properties());
        assertEquals("io.bwjtapi.BwJtapiPeer", s.jtapiPeer());
        assertTrue(s.driverFactory() instanceof SimulatorEnvironmentDriver.Factory);
        assertEquals(4, s.parties());
        assertEquals(Duration.ofSeconds(10), s.timeout());
        assertTrue(s.callControl());
        assertFalse(s.strict());
        assertEquals(Path.of("target/tck-reports"), s.reportDir());
    }

    @Test
    void everyKeyIsReadAndTheProviderStringIsNeverShown() {
        Properties p = new Properties();
        p.setProperty("tck.jtapiPeer", "com.example.Peer");
        p.setProperty("tck.providerString", "host;login=a;passwd=hidden");
        p.setProperty("tck.parties", "6");
        p.setProperty("tck.maxSteps", "30");
        p.setProperty("tck.timeout", "2500ms");
        p.setProperty("tck.callControl", "false");
        p.setProperty("tck.strict", "true");
        TckSettings s = TckSettings.from(p);
        assertEquals(6, s.parties());
        assertEquals(30, s.maxSteps());
        assertEquals(Duration.ofMillis(2500), s.timeout());
        assertFalse(s.callControl());
        assertTrue(s.strict());
        assertFalse(s.toString().contains("hidden"), s.toString());
    }

    @Test
    void badValuesAreRefusedWithTheKey() {
        Properties p = new Properties();
        p.setProperty("tck.parties", "1");
        assertThrows(IllegalArgumentException.class, () -> TckSettings.from(p));
        Properties d = new Properties();
        d.setProperty("tck.driver", "java.lang.String");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TckSettings.from(d).driverFactory());
        assertTrue(e.getMessage().contains("tck.driver java.lang.String"));
    }
}
