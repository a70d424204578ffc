package io.bwjtapi.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.demo.scenario.Pace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The demo's command line, and the masking of what it shows. */
class DemoOptionsTest {
    static final Path DEFAULT = Path.of("target", "r");

    @Test
    void withoutOptionsItRunsTheSimulator() {
        DemoOptions o = DemoOptions.parse(new String[0], DEFAULT);
        assertFalse(o.provider().isPresent());
        assertEquals("io.bwjtapi.BwJtapiPeer", o.peer());
        assertEquals(20, o.users());
        assertEquals(Pace.NORMAL, o.pace());
        assertEquals(DEFAULT.toAbsolutePath().normalize(), o.reportDirectory());
    }

    @Test
    void aProviderStringWatchesARealXsp() {
        DemoOptions o = DemoOptions.parse(new String[] {"--provider", "xsp1;login=a;passwd=b", "--seconds", "5",
            "--quick"}, DEFAULT);
        assertEquals("xsp1;login=a;passwd=b", o.provider().orElseThrow());
        assertEquals(5, o.seconds());
        assertEquals(Pace.QUICK, o.pace());
    }

    @Test
    void mistakesAreExplained() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse(new String[] {"--users"},
                DEFAULT)).getMessage().startsWith("--users needs a value"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse(new String[] {"--users", "1"},
                DEFAULT)).getMessage().startsWith("--users must be a number from 2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse(new String[] {"-x"},
                DEFAULT)).getMessage().contains("usage: demo"));
    }

    @Test
    void passwordsAreNeverShown() {
        assertEquals("xsp1,xsp2;login=admin;passwd=******;trustStorePassword=******;tls=true",
                Masking.providerString("xsp1,xsp2;login=admin;passwd=s3cr=t;trustStorePassword=x;tls=true"));
        assertEquals("x;PASSWD=******", Masking.providerString("x;PASSWD=y"));
    }
}
