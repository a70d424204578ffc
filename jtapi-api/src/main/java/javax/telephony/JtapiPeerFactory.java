package javax.telephony;

import java.lang.reflect.InvocationTargetException;

/**
 * The entry point of every JTAPI application: it finds and instantiates the {@link JtapiPeer} of the
 * implementation the application wants to use.
 * <p>
 * An implementation makes itself available by shipping a public class that implements
 * {@code JtapiPeer} and has a public no-argument constructor. The application names that class, for
 * example {@code JtapiPeerFactory.getJtapiPeer("io.bwjtapi.BwJtapiPeer")}; with a {@code null} or empty
 * name the factory loads the class {@code DefaultJtapiPeer} from the default package, which some
 * implementations ship so that applications need not know their class name. Only one such class can be
 * on a class path, so two implementations that both ship it conflict.
 * <p>
 * The factory cannot be instantiated.
 */
public class JtapiPeerFactory {
    /** The class loaded when no peer name is given. */
    private static final String DEFAULT_PEER_CLASS = "DefaultJtapiPeer";

    private JtapiPeerFactory() {
    }

    /**
     * Returns a new instance of the named {@link JtapiPeer}.
     * <p>
     * The class is looked up first through the calling thread's context class loader and then through
     * the class loader that loaded this factory, so that peers work both in plain class paths and in
     * containers that load applications through their own class loaders.
     *
     * @param jtapiPeerName the fully-qualified name of the peer class, or {@code null} or an empty string
     *     for {@code DefaultJtapiPeer}
     * @return a new peer instance; never {@code null}
     * @throws JtapiPeerUnavailableException if the class cannot be found, is not a {@code JtapiPeer},
     *     cannot be instantiated, or its constructor fails; the message names the class and the cause
     */
    public static synchronized JtapiPeer getJtapiPeer(String jtapiPeerName)
            throws JtapiPeerUnavailableException {
        String className = jtapiPeerName == null || jtapiPeerName.trim().isEmpty()
                ? DEFAULT_PEER_CLASS
                : jtapiPeerName.trim();
        Class<?> peerClass = loadPeerClass(className);
        if (!JtapiPeer.class.isAssignableFrom(peerClass)) {
            throw unavailable(className, "it does not implement javax.telephony.JtapiPeer", null);
        }
        try {
            return (JtapiPeer) peerClass.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw unavailable(className, "it has no public no-argument constructor", e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw unavailable(className, "its constructor threw " + describe(cause), cause);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            throw unavailable(className, "it cannot be instantiated: " + describe(e), e);
        }
    }

    private static Class<?> loadPeerClass(String className) throws JtapiPeerUnavailableException {
        ClassLoader contextLoader = Thread.currentThread().getContextClassLoader();
        Throwable firstFailure = null;
        if (contextLoader != null) {
            try {
                return Class.forName(className, true, contextLoader);
            } catch (ClassNotFoundException | LinkageError e) {
                firstFailure = e;
            }
        }
        ClassLoader ownLoader = JtapiPeerFactory.class.getClassLoader();
        if (ownLoader != contextLoader) {
            try {
                return Class.forName(className, true, ownLoader);
            } catch (ClassNotFoundException | LinkageError e) {
                if (firstFailure == null || !(e instanceof ClassNotFoundException)) {
                    firstFailure = e;
                }
            }
        }
        String reason = firstFailure instanceof ClassNotFoundException
                ? "the class is not on the class path"
                : "the class cannot be loaded: " + describe(firstFailure);
        throw unavailable(className, reason, firstFailure);
    }

    private static JtapiPeerUnavailableException unavailable(String className, String reason, Throwable cause) {
        JtapiPeerUnavailableException e =
                new JtapiPeerUnavailableException("JtapiPeer " + className + " is not available: " + reason);
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    private static String describe(Throwable t) {
        if (t == null) {
            return "an unknown error";
        }
        return t.getMessage() == null ? t.getClass().getName() : t.getClass().getName() + ": " + t.getMessage();
    }
}
