package io.bwjtapi.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.api.peers.FixturePeer;
import io.bwjtapi.api.peers.PeerFixtures;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.telephony.JtapiPeer;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.JtapiPeerUnavailableException;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link JtapiPeerFactory} finds peers as the specification says and reports every failure the same way. */
class JtapiPeerFactoryTest {
    private static final String HIDDEN_PEER = "hidden.ContextOnlyPeer";

    @Test
    void returnsANewInstanceOfTheNamedPeer() throws Exception {
        JtapiPeer first = JtapiPeerFactory.getJtapiPeer(PeerFixtures.ValidPeer.class.getName());
        JtapiPeer second = JtapiPeerFactory.getJtapiPeer(PeerFixtures.ValidPeer.class.getName());

        assertInstanceOf(PeerFixtures.ValidPeer.class, first);
        assertInstanceOf(PeerFixtures.ValidPeer.class, second);
        assertNotSame(first, second);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void withoutANameLoadsDefaultJtapiPeerFromTheDefaultPackage(String name) throws Exception {
        JtapiPeer peer = JtapiPeerFactory.getJtapiPeer(name);

        assertEquals("DefaultJtapiPeer", peer.getClass().getName());
    }

    @Test
    void findsAPeerVisibleOnlyThroughTheContextClassLoader(@TempDir Path dir) throws Exception {
        try (URLClassLoader contextOnly = new URLClassLoader(new URL[] {compileHiddenPeer(dir).toUri().toURL()},
                getClass().getClassLoader())) {
            JtapiPeer peer = withContextClassLoader(contextOnly, () -> JtapiPeerFactory.getJtapiPeer(HIDDEN_PEER));

            assertEquals(HIDDEN_PEER, peer.getClass().getName());
            assertSame(contextOnly, peer.getClass().getClassLoader());
        }
        JtapiPeerUnavailableException e =
                assertThrows(JtapiPeerUnavailableException.class, () -> JtapiPeerFactory.getJtapiPeer(HIDDEN_PEER));
        assertTrue(e.getMessage().contains(HIDDEN_PEER), e.getMessage());
    }

    @Test
    void triesTheContextClassLoaderBeforeItsOwn() throws Exception {
        String name = PeerFixtures.ValidPeer.class.getName();
        ClassLoader ownCopy = new ChildFirstLoader(name, getClass().getClassLoader());

        JtapiPeer peer = withContextClassLoader(ownCopy, () -> JtapiPeerFactory.getJtapiPeer(name));

        assertSame(ownCopy, peer.getClass().getClassLoader());
    }

    @Test
    void fallsBackToItsOwnClassLoader() throws Exception {
        String name = PeerFixtures.ValidPeer.class.getName();
        try (URLClassLoader blind = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            assertInstanceOf(PeerFixtures.ValidPeer.class,
                    withContextClassLoader(blind, () -> JtapiPeerFactory.getJtapiPeer(name)));
        }
        assertInstanceOf(PeerFixtures.ValidPeer.class,
                withContextClassLoader(null, () -> JtapiPeerFactory.getJtapiPeer(name)));
    }

    static Stream<Arguments> unusablePeers() {
        return Stream.of(
                Arguments.of("io.bwjtapi.api.peers.NoSuchPeer", "is not on the class path",
                        ClassNotFoundException.class),
                Arguments.of(PeerFixtures.NotAPeer.class.getName(), "does not implement javax.telephony.JtapiPeer",
                        null),
                Arguments.of(PeerFixtures.PeerWithoutNoArgConstructor.class.getName(),
                        "has no public no-argument constructor", NoSuchMethodException.class),
                Arguments.of(PeerFixtures.ThrowingPeer.class.getName(),
                        "constructor threw java.lang.IllegalStateException: " + PeerFixtures.CONSTRUCTOR_FAILURE,
                        IllegalStateException.class),
                Arguments.of(PeerFixtures.AbstractPeer.class.getName(), "cannot be instantiated",
                        InstantiationException.class));
    }

    @ParameterizedTest
    @MethodSource("unusablePeers")
    void everyFailureIsAJtapiPeerUnavailableExceptionNamingClassAndCause(String className, String reason,
            Class<? extends Throwable> causeType) {
        JtapiPeerUnavailableException e =
                assertThrows(JtapiPeerUnavailableException.class, () -> JtapiPeerFactory.getJtapiPeer(className));

        assertTrue(e.getMessage().contains(className), "names the class: " + e.getMessage());
        assertTrue(e.getMessage().contains(reason), "names the cause '" + reason + "': " + e.getMessage());
        if (causeType == null) {
            assertNull(e.getCause());
        } else {
            assertInstanceOf(causeType, e.getCause());
        }
    }

    @Test
    void hasOnePrivateNoArgConstructorAndOnlyGetJtapiPeerIsPublic() {
        Constructor<?>[] constructors = JtapiPeerFactory.class.getDeclaredConstructors();
        assertEquals(1, constructors.length, "constructors");
        assertTrue(Modifier.isPrivate(constructors[0].getModifiers()), "the constructor is private");
        assertEquals(0, constructors[0].getParameterCount(), "the constructor takes no arguments");

        List<String> visible = Stream.<Member[]>of(JtapiPeerFactory.class.getDeclaredFields(),
                        JtapiPeerFactory.class.getDeclaredMethods(), constructors)
                .flatMap(Stream::of)
                .filter(member -> (member.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)) != 0)
                .map(Member::toString)
                .toList();
        assertEquals(List.of("public static synchronized javax.telephony.JtapiPeer "
                + "javax.telephony.JtapiPeerFactory.getJtapiPeer(java.lang.String) "
                + "throws javax.telephony.JtapiPeerUnavailableException"), visible);
    }

    /** Compiles a peer into {@code dir/classes}, a directory on no class path. */
    private static Path compileHiddenPeer(Path dir) throws IOException, URISyntaxException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertNotNull(compiler, "the test needs the JDK's compiler (javax.tools)");
        Path source = dir.resolve("src/hidden/ContextOnlyPeer.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package hidden;\n"
                + "public class ContextOnlyPeer extends " + FixturePeer.class.getName() + " {\n}\n");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String classPath = location(JtapiPeer.class) + File.pathSeparator + location(FixturePeer.class);

        int status = compiler.run(null, null, null, "-d", classes.toString(), "-classpath", classPath,
                source.toString());

        assertEquals(0, status, "javac exit status for " + source);
        return classes;
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static <T> T withContextClassLoader(ClassLoader loader, Callable<T> action) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Defines its own copy of one class from the parent's class file, so the copy tells who loaded it. */
    private static final class ChildFirstLoader extends ClassLoader {
        private final String className;

        ChildFirstLoader(String className, ClassLoader parent) {
            super(parent);
            this.className = className;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(className)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded != null) {
                    return loaded;
                }
                try (var in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    if (in == null) {
                        throw new ClassNotFoundException(name);
                    }
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        }
    }
}
