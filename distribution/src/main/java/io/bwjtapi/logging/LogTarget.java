package io.bwjtapi.logging;

import org.slf4j.event.Level;

/** Where one named logger of bwjtapi writes: the application's SLF4J or the JDK's logging. */
interface LogTarget {
    /**
     * @param level a level
     * @return whether messages at that level are written (asked each time: the application may reconfigure)
     */
    boolean enabled(Level level);

    /**
     * @param level the level
     * @param message the formatted message
     * @param error the throwable to log with it, or {@code null}
     */
    void log(Level level, String message, Throwable error);

    /** Creates the target for one logger name. */
    interface Factory {
        /** @param name the logger name (a bwjtapi class name) @return its target */
        LogTarget target(String name);
    }
}
