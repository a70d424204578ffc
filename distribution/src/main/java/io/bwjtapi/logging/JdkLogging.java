package io.bwjtapi.logging;

import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.slf4j.event.Level;

/**
 * The JDK's own logging ({@code java.util.logging}), used only when the application has no slf4j-api: bwjtapi's
 * messages then follow the application's {@code java.util.logging} configuration instead of being lost.
 */
final class JdkLogging implements LogTarget.Factory {
    @Override
    public LogTarget target(String name) {
        Logger logger = Logger.getLogger(name);
        return new LogTarget() {
            @Override
            public boolean enabled(Level level) {
                return logger.isLoggable(level(level));
            }

            @Override
            public void log(Level level, String message, Throwable error) {
                LogRecord record = new LogRecord(level(level), message);
                record.setLoggerName(name);
                record.setSourceClassName(name);
                record.setSourceMethodName("");
                record.setThrown(error);
                logger.log(record);
            }
        };
    }

    static java.util.logging.Level level(Level level) {
        switch (level) {
            case ERROR:
                return java.util.logging.Level.SEVERE;
            case WARN:
                return java.util.logging.Level.WARNING;
            case INFO:
                return java.util.logging.Level.INFO;
            case DEBUG:
                return java.util.logging.Level.FINE;
            default:
                return java.util.logging.Level.FINEST;
        }
    }
}
