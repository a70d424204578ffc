package io.bwjtapi.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** bwjtapi's messages reach java.util.logging formatted, at the mapped level, with their throwable. */
class ForwardingLoggerTest {
    static final String NAME = "io.bwjtapi.test.Forwarding";
    final List<LogRecord> records = new ArrayList<>();
    final Logger jul = Logger.getLogger(NAME);
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        jul.setUseParentHandlers(false);
        jul.addHandler(capture);
        jul.setLevel(Level.FINE);
    }

    @AfterEach
    void release() {
        jul.removeHandler(capture);
    }

    @Test
    void formatsArgumentsAndMapsLevels() {
        ForwardingLogger logger = new ForwardingLogger(NAME, new JdkLogging().target(NAME));
        logger.info("a {} c {}", "b", 1);
        logger.debug("fine");
        logger.trace("dropped");
        assertEquals(2, records.size());
        assertEquals("a b c 1", records.get(0).getMessage());
        assertEquals(Level.INFO, records.get(0).getLevel());
        assertEquals(NAME, records.get(0).getSourceClassName());
        assertEquals(Level.FINE, records.get(1).getLevel());
        assertNull(records.get(1).getThrown());
    }

    @Test
    void passesTheThrowableAlong() {
        ForwardingLogger logger = new ForwardingLogger(NAME, new JdkLogging().target(NAME));
        IllegalStateException failure = new IllegalStateException("boom");
        logger.warn("channel {} lost", "c1", failure);
        logger.error("plain", failure);
        assertEquals("channel c1 lost", records.get(0).getMessage());
        assertEquals(Level.WARNING, records.get(0).getLevel());
        assertSame(failure, records.get(0).getThrown());
        assertEquals(Level.SEVERE, records.get(1).getLevel());
        assertSame(failure, records.get(1).getThrown());
    }

    @Test
    void followsLevelChangesOfTheApplication() {
        ForwardingLogger logger = new ForwardingLogger(NAME, new JdkLogging().target(NAME));
        assertTrue(logger.isDebugEnabled());
        assertFalse(logger.isTraceEnabled());
        jul.setLevel(Level.WARNING);
        assertFalse(logger.isInfoEnabled());
        assertTrue(logger.isWarnEnabled());
        assertTrue(logger.isErrorEnabled());
    }
}
