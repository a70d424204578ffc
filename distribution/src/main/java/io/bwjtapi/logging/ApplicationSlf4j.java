package io.bwjtapi.logging;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.event.Level;

/**
 * The application's own SLF4J (1.7 or 2.x, whatever binding it has), called through method handles so that the
 * drop-in jar carries no unrelocated {@code org.slf4j} classes and never shadows the application's copy.
 */
final class ApplicationSlf4j implements LogTarget.Factory {
    /**
     * The application's SLF4J package. Built at run time: the build relocates every {@code org.slf4j} name it
     * finds in the jar's classes, string constants included, to bwjtapi's private copy.
     */
    static final String PACKAGE = String.join(".", "org", "slf4j");

    private final MethodHandle getLogger;
    private final Map<Level, MethodHandle> isEnabled = new EnumMap<>(Level.class);
    private final Map<Level, MethodHandle> log = new EnumMap<>(Level.class);

    private ApplicationSlf4j(ClassLoader loader) throws ReflectiveOperationException {
        Class<?> factory = Class.forName(PACKAGE + ".LoggerFactory", true, loader);
        Class<?> logger = Class.forName(PACKAGE + ".Logger", false, loader);
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        getLogger = lookup.findStatic(factory, "getLogger", MethodType.methodType(logger, String.class))
                .asType(MethodType.methodType(Object.class, String.class));
        for (Level level : Level.values()) {
            String method = level.name().toLowerCase(java.util.Locale.ROOT);
            String capitalised = Character.toUpperCase(method.charAt(0)) + method.substring(1);
            isEnabled.put(level, lookup.findVirtual(logger, "is" + capitalised + "Enabled",
                    MethodType.methodType(boolean.class)).asType(MethodType.methodType(boolean.class, Object.class)));
            log.put(level, lookup.findVirtual(logger, method,
                    MethodType.methodType(void.class, String.class, Throwable.class))
                    .asType(MethodType.methodType(void.class, Object.class, String.class, Throwable.class)));
        }
    }

    /**
     * @param loader the class loader that sees the application's classes
     * @return the application's SLF4J, or {@code null} when slf4j-api is not on its class path
     */
    static ApplicationSlf4j find(ClassLoader loader) {
        try {
            return new ApplicationSlf4j(loader);
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    @Override
    public LogTarget target(String name) {
        Object logger;
        try {
            logger = getLogger.invokeExact(name);
        } catch (Throwable e) {
            throw new IllegalStateException("the application's SLF4J failed to create logger " + name, e);
        }
        return new LogTarget() {
            @Override
            public boolean enabled(Level level) {
                try {
                    return (boolean) isEnabled.get(level).invokeExact(logger);
                } catch (Throwable e) {
                    return false;
                }
            }

            @Override
            public void log(Level level, String message, Throwable error) {
                try {
                    log.get(level).invokeExact(logger, message, error);
                } catch (Throwable e) {
                    // A failing logging backend must not break the provider.
                }
            }
        };
    }
}
