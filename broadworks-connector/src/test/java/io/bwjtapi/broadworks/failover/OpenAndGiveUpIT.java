package io.bwjtapi.broadworks.failover;

import static io.bwjtapi.broadworks.support.Sequences.concat;
import static io.bwjtapi.broadworks.support.Sequences.lost;
import static io.bwjtapi.broadworks.support.Sequences.lostListener;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.broadworks.support.AppView;
import io.bwjtapi.broadworks.support.Rig;
import io.bwjtapi.simulator.SimulatorConfig;
import javax.telephony.Provider;
import javax.telephony.ProviderUnavailableException;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: (h) the reconnect limit shuts the provider down (failover contract 6), (i) an initial open with every
 * XSP down fails with {@code ProviderUnavailableException} without retrying (contract 7), and a refused login
 * fails the open the same way without showing the password.
 */
class OpenAndGiveUpIT {
    @Test
    void h_reconnectLimitShutsTheProviderDown() throws Exception {
        try (Rig rig = Rig.running(1, "reconnectAttempts=2")) {
            AppView a = AppView.everything(rig.provider(), rig.address(0), rig.terminal(0));
            rig.sim.killXsp(0);
            rig.awaitState(Provider.SHUTDOWN);
            a.expect(concat(lost("1001"), ConnectionLossIT.shutdown("1001")),
                    concat(lostListener("1001"), ConnectionLossIT.shutdownListener("1001")));
            assertTrue(rig.sim.channels().isEmpty());
            a.expectNothingMore();
        }
    }

    @Test
    void i_initialOpenWithEveryXspDownFailsAtOnce() {
        try (Rig rig = Rig.simulator(2, 4, b -> b)) {
            rig.sim.killXsp(0);
            rig.sim.killXsp(1);
            long started = System.nanoTime();
            ProviderUnavailableException e = assertThrows(ProviderUnavailableException.class,
                    () -> rig.open(rig.users(0)));
            assertEquals(ProviderUnavailableException.CAUSE_NOT_IN_SERVICE, e.getReason());
            assertTrue(e.getMessage().contains("REFUSED"), e.getMessage());
            assertTrue(System.nanoTime() - started < 5_000_000_000L, "each XSP is tried once, no retries");
            rig.sim.restoreXsp(0);
            assertTrue(rig.sim.channels().isEmpty(), "nothing keeps trying after the failed open");
        }
    }

    @Test
    void refusedLoginFailsTheOpenWithoutShowingThePassword() {
        try (Rig rig = Rig.simulator(1, 4, b -> b)) {
            String wrong = rig.providerString(rig.users(0)).replace("passwd=" + SimulatorConfig.DEFAULT_PASSWORD,
                    "passwd=Wr0ngSecret");
            ProviderUnavailableException e = assertThrows(ProviderUnavailableException.class,
                    () -> javax.telephony.JtapiPeerFactory.getJtapiPeer("io.bwjtapi.BwJtapiPeer").getProvider(wrong));
            assertEquals(ProviderUnavailableException.CAUSE_INVALID_ARGUMENT, e.getReason());
            assertFalse(e.getMessage().contains("Wr0ngSecret"), e.getMessage());
        }
    }

    @Test
    void adminLoginWithoutUsersNamesTheKeysToSet() {
        try (Rig rig = Rig.simulator(1, 4, b -> b)) {
            ProviderUnavailableException e = assertThrows(ProviderUnavailableException.class,
                    () -> javax.telephony.JtapiPeerFactory.getJtapiPeer("io.bwjtapi.BwJtapiPeer")
                            .getProvider(rig.providerString()));
            assertEquals(ProviderUnavailableException.CAUSE_INVALID_ARGUMENT, e.getReason());
            assertTrue(e.getMessage().contains("users=") && e.getMessage().contains("directoryUser="),
                    e.getMessage());
        }
    }
}
