package io.bwjtapi.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.SimulatorConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SimulatorMainTest {

    @Test
    void helpPrintsTheUsageWithoutStartingAnything() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            SimulatorMain.main(new String[] {"--help"});
        } finally {
            System.setOut(original);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--xsp-ports"));
    }

    @Test
    void theBannerNamesEveryEndpointButNeverThePassword() {
        try (BroadWorksSimulator sim = BroadWorksSimulator.start(SimulatorConfig.builder().users(2).controlPort(0)
                .admin("boss@sim.example", "hunter2-secret").build())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SimulatorMain.describe(sim, new PrintStream(out, true, StandardCharsets.UTF_8));
            String banner = out.toString(StandardCharsets.UTF_8);

            assertTrue(banner.contains(sim.xspBaseUri(0).toString()), banner);
            assertTrue(banner.contains(sim.xspBaseUri(1).toString()), banner);
            assertTrue(banner.contains(sim.controlBaseUri().orElseThrow().toString()), banner);
            assertTrue(banner.contains("boss@sim.example"), banner);
            assertFalse(banner.contains("hunter2-secret"), banner);
            assertFalse(sim.config().toString().contains("hunter2-secret"));
        }
    }
}
