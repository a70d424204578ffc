package io.bwjtapi.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.ExtTrackingIdStyle;
import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.TargetIdMode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        CommandLine cl = CommandLine.parse();
        SimulatorConfig c = cl.config();

        assertEquals(List.of(18081, 18082), c.xspPorts());
        assertEquals(18090, c.controlPort());
        assertEquals(50, c.users());
        assertEquals("admin@sim.example", c.adminLogin());
        assertEquals("secret", c.adminPassword());
        assertEquals(1L, c.seed());
        assertEquals(Duration.ofSeconds(3), c.externalAnswerDelay());
        assertEquals(1000, c.recordLimit());
        assertNull(cl.traffic());
        assertFalse(cl.help());
    }

    @Test
    void theIssuesExampleParses() {
        SimulatorConfig c = CommandLine.parse("--xsp-ports", "18081,18082", "--control-port", "18090", "--users", "50",
                "--login", "admin@sim.example", "--password", "secret", "--seed", "1").config();

        assertEquals(List.of(18081, 18082), c.xspPorts());
        assertEquals(50, c.users());
    }

    @Test
    void everyFlagIsApplied() {
        CommandLine cl = CommandLine.parse("--xsp-ports", "0,0,0", "--control-port", "-1", "--bind", "127.0.0.1",
                "--users", "20", "--agents", "3", "--login", "boss@x.example", "--password", "pw",
                "--user-password", "upw", "--domain", "x.example", "--seed", "9", "--event-timeout", "500ms",
                "--ack-timeout", "0", "--max-delivery-attempts", "5", "--no-answer-timeout", "2m",
                "--click-to-dial-delay", "1s", "--external-answer", "never", "--ext-tracking-ids", "uuid",
                "--target-id", "always", "--tls", "--traffic-cps", "2.5", "--traffic-hold", "10s", "--record-limit", "0");
        SimulatorConfig c = cl.config();

        assertEquals(List.of(0, 0, 0), c.xspPorts());
        assertEquals(-1, c.controlPort());
        assertEquals(3, c.callCenterAgents());
        assertEquals("boss@x.example", c.adminLogin());
        assertEquals("pw", c.adminPassword());
        assertEquals("upw", c.userPassword());
        assertEquals("x.example", c.domain());
        assertEquals(9, c.seed());
        assertEquals(Duration.ofMillis(500), c.eventTimeout());
        assertEquals(Duration.ZERO, c.ackTimeout());
        assertEquals(5, c.maxDeliveryAttempts());
        assertEquals(Duration.ofMinutes(2), c.noAnswerTimeout());
        assertEquals(Duration.ofSeconds(1), c.clickToDialAnswerDelay());
        assertNull(c.externalAnswerDelay());
        assertEquals(ExtTrackingIdStyle.UUID, c.extTrackingIdStyle());
        assertEquals(TargetIdMode.ALWAYS, c.targetIdMode());
        assertTrue(c.tls());
        assertEquals(2.5, cl.traffic().callsPerSecond());
        assertEquals(Duration.ofSeconds(10), cl.traffic().meanHold());
        assertEquals(0, c.recordLimit());
    }

    @Test
    void mistakesNameTheFlag() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("--bogus"))
                .getMessage().contains("unknown option --bogus"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("--users", "many"))
                .getMessage().contains("--users"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("--users"))
                .getMessage().contains("needs a value"));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("--target-id", "sometimes"));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("--xsp-ports", "99999"));
    }

    @Test
    void helpIsRecognisedAndTheUsageListsEveryFlag() {
        assertTrue(CommandLine.parse("--help").help());
        for (String flag : List.of("--xsp-ports", "--control-port", "--users", "--login", "--password", "--seed",
                "--event-timeout", "--tls", "--traffic-cps")) {
            assertTrue(CommandLine.USAGE.contains(flag), flag);
        }
    }
}
