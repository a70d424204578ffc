package io.bwjtapi.broadworks.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.broadworks.support.Rig;
import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.testsupport.Await;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.telephony.Provider;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance test of issue 7: a Cisco-style observer application, compiled at test time against the
 * {@code javax.telephony} API alone, runs unchanged against the provider opened on the simulator through
 * {@code JtapiPeerFactory.getJtapiPeer("io.bwjtapi.BwJtapiPeer")}.
 */
class CiscoStyleConformanceIT {
    @TempDir
    Path work;

    @Test
    void anObserverOnlyApplicationCompiledAgainstJavaxTelephonyRunsUnchanged() throws Exception {
        Class<?> app = compile("conformance/CiscoStyleMonitor.java");
        try (Rig rig = Rig.simulator()) {
            Object monitor = app.getConstructor().newInstance();
            Method start = app.getMethod("start", String.class, String.class, String[].class);
            start.invoke(monitor, "io.bwjtapi.BwJtapiPeer",
                    rig.providerString("directoryUser=" + rig.userId(0)), new String[] {"1001"});
            CallRef call = rig.sim.dialFromExternal("+4940555000", rig.userId(0));
            rig.sim.answer(rig.userId(0), call.callIdOf(rig.userId(0)));
            rig.sim.hold(rig.userId(0), call.callIdOf(rig.userId(0)));
            rig.sim.retrieve(rig.userId(0), call.callIdOf(rig.userId(0)));
            rig.sim.releaseExternal(call.extTrackingId());
            List<String> expected = List.of("provider in service",
                    "call active",
                    "connection 1001 alerting",
                    "terminal connection user1001@sim.example ringing",
                    "connection +4940555000 established",
                    "connection 1001 established",
                    "terminal connection user1001@sim.example talking",
                    "terminal connection user1001@sim.example held",
                    "terminal connection user1001@sim.example talking",
                    "connection +4940555000 disconnected",
                    "terminal connection user1001@sim.example dropped",
                    "connection 1001 disconnected",
                    "call invalid",
                    "call observation ended");
            Method log = app.getMethod("log");
            Await.until(Duration.ofSeconds(15), "the application sees the call end",
                    () -> log(log, monitor).size() >= expected.size(), () -> log(log, monitor));
            app.getMethod("stop").invoke(monitor);
            Await.until(Duration.ofSeconds(5), "provider observation ended",
                    () -> log(log, monitor).contains("provider observation ended"), () -> log(log, monitor));
            List<String> seen = log(log, monitor);
            assertEquals(expected, seen.subList(0, expected.size()));
            assertEquals(List.of("address 1001 observation ended", "terminal user1001@sim.example observation ended",
                    "provider shut down", "provider observation ended"), seen.subList(expected.size(), seen.size()));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> log(Method log, Object monitor) {
        try {
            return (List<String>) log.invoke(monitor);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Compiles the application with nothing but the JTAPI API jar on its class path. */
    private Class<?> compile(String resource) throws Exception {
        Path source = work.resolve(Path.of(resource).getFileName());
        try (var in = getClass().getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, source);
        }
        String jtapiApi = new File(Provider.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getPath();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-classpath", jtapiApi, "-d", work.toString(),
                source.toString());
        assertEquals(0, status, "the application compiles against javax.telephony alone");
        assertTrue(Files.exists(work.resolve("CiscoStyleMonitor.class")));
        URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()},
                CiscoStyleConformanceIT.class.getClassLoader());
        return loader.loadClass("CiscoStyleMonitor");
    }
}
