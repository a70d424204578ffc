package io.bwjtapi.xsi.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.fault.RequestMatcher;
import io.bwjtapi.xsi.XsiClient;
import io.bwjtapi.xsi.XsiCredentials;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The password and the Authorization header never appear in logs (DEBUG included), exception messages or
 * toString, whatever happens: good and bad credentials, refusals, transport failures.
 */
class CredentialsIT extends SimulatorBackedIT {
    private static final String SECRET = "S3cr3t-Pa55w0rd";
    private static final Path LOG = Path.of("target", "backend-tests.log");

    private final List<String> texts = new ArrayList<>();

    @Override
    SimulatorConfig.Builder simulator(SimulatorConfig.Builder builder) {
        return builder.admin(ADMIN, SECRET);
    }

    @Override
    XsiClient newClient(String login, String password) {
        return super.newClient(login, password.equals(PASSWORD) ? SECRET : password);
    }

    private void failure(Runnable action) {
        Throwable t = assertThrows(Throwable.class, action::run);
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        texts.add(trace.toString());
    }

    @Test
    void noSecretIsEverShown() throws IOException {
        open(0);
        get(client.subscriptions().subscribe(user(0)));
        get(client.actions().hookStatus(user(0)));
        sim.respondStatus(RequestMatcher.path(".*/HookStatus"), 401, 1);
        texts.add(get(client.actions().hookStatus(user(0))).toString());
        texts.add(client.config().toString());
        texts.add(client.config().credentials().toString());
        texts.add(XsiCredentials.of(ADMIN, SECRET).toString());
        try (XsiClient wrong = newClient(ADMIN, SECRET + "-wrong")) {
            failure(() -> join(wrong.channels().open(xsp(0))));
        }
        sim.killXsp(1);
        failure(() -> join(client.channels().open(xsp(1))));
        try (XsiClient unreachable = XsiClient.create(client.config().toBuilder().endpoints(List.of(xsp(1))).build())) {
            failure(() -> join(unreachable.actions().hookStatus(user(0))));
        }
        client.close();
        texts.add(Files.readString(LOG, StandardCharsets.UTF_8));

        String header = Base64.getEncoder().encodeToString((ADMIN + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        String log = texts.get(texts.size() - 1);
        assertTrue(log.contains("Xsi client created") && log.contains("DEBUG"), "the log was captured at DEBUG");
        for (String text : texts) {
            assertFalse(text.contains(SECRET), () -> "password shown in: " + text);
            assertFalse(text.contains(header), () -> "Authorization shown in: " + text);
        }
    }

    private static Object join(java.util.concurrent.CompletableFuture<?> future) {
        try {
            return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
