package io.bwjtapi.logging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** The application's SLF4J is found when it is on the class path and reached through its public API. */
class ApplicationSlf4jTest {
    @Test
    void findsTheApplicationsSlf4jAndAsksItsLevels() {
        ApplicationSlf4j slf4j = ApplicationSlf4j.find(getClass().getClassLoader());
        assertNotNull(slf4j);
        LogTarget target = slf4j.target("io.bwjtapi.test.Application");
        assertTrue(target.enabled(Level.INFO), "slf4j-simple logs INFO by default");
        assertFalse(target.enabled(Level.DEBUG), "and not DEBUG");
        target.log(Level.WARN, "forwarded warning", new IllegalStateException("shown with its stack"));
    }

    @Test
    void isAbsentWithoutSlf4jApi() throws Exception {
        try (URLClassLoader bare = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            assertNull(ApplicationSlf4j.find(bare));
        }
    }
}
