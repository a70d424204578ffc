package io.bwjtapi.provider.internal;

import io.bwjtapi.provider.model.ProviderCore;
import io.bwjtapi.provider.spi.SwitchCommandException;
import io.bwjtapi.provider.spi.SwitchCommands;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.telephony.InvalidStateException;
import javax.telephony.PlatformException;

/**
 * Runs one command of a blocking JTAPI method: sends it through the switch session, waits for the switch's
 * answer (request timeout), then waits until the method's post-condition holds in the model (post-condition
 * timeout). Every failure comes back as a {@link CommandFailure}.
 */
final class CommandRunner {
    private final ProviderCore core;

    CommandRunner(ProviderCore core) {
        this.core = core;
    }

    /**
     * @param what describes the request: operation, target and its state
     * @param command sends the command
     * @param <T> the answer type
     * @return the switch's answer
     * @throws CommandFailure if the switch refused or did not answer in time
     */
    <T> T send(Request what, Function<SwitchCommands, CompletableFuture<T>> command) throws CommandFailure {
        SwitchCommands commands = core.commands();
        if (commands == null) {
            throw CommandFailure.of(new InvalidStateException(core.provider(), InvalidStateException.PROVIDER_OBJECT,
                    core.status().state(), "the provider has no session with the switch"));
        }
        CompletableFuture<T> future;
        try {
            future = command.apply(commands);
        } catch (RuntimeException e) {
            throw refused(what, new SwitchCommandException(SwitchCommandException.Kind.TRANSPORT, -1, -1,
                    "the switch session failed to send the request: " + e));
        }
        Duration timeout = core.config().requestTimeout();
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw refused(what, cause instanceof SwitchCommandException ? (SwitchCommandException) cause
                    : SwitchCommandException.of(SwitchCommandException.Kind.TRANSPORT, String.valueOf(cause)));
        } catch (TimeoutException e) {
            future.cancel(false);
            throw refused(what, SwitchCommandException.of(SwitchCommandException.Kind.TIMEOUT,
                    "no answer within " + timeout.toMillis() + " ms (requestTimeout)"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CommandFailure.of(new PlatformException(what.operation + " was interrupted"));
        }
    }

    /**
     * Waits until the post-condition of a method holds.
     *
     * @param what describes the request
     * @param done the post-condition
     * @param impossible returns the exception to throw when the post-condition can no longer hold, else {@code null}
     * @throws CommandFailure if it became impossible or did not hold in time
     */
    void awaitPostCondition(Request what, BooleanSupplier done, Supplier<Exception> impossible) throws CommandFailure {
        Duration timeout = core.config().postConditionTimeout();
        Supplier<Exception> blocked = () -> {
            Exception reason = impossible.get();
            return reason != null ? reason : outOfService(what);
        };
        core.model().await(() -> done.getAsBoolean() || blocked.get() != null, timeout);
        if (done.getAsBoolean()) {
            return;
        }
        Exception reason = blocked.get();
        if (reason != null) {
            throw CommandFailure.of(reason);
        }
        throw CommandFailure.of(new PlatformException(what.operation + " on " + what.target + " was accepted by the "
                + "switch but its result was not reported within " + timeout.toMillis()
                + " ms (postConditionTimeout)"));
    }

    private Exception outOfService(Request what) {
        if (core.status().inService()) {
            return null;
        }
        return new InvalidStateException(core.provider(), InvalidStateException.PROVIDER_OBJECT, core.status().state(),
                what.operation + " on " + what.target + " was accepted, but the provider went out of service before "
                        + "its result was reported");
    }

    private static CommandFailure refused(Request what, SwitchCommandException refusal) {
        return CommandFailure.refused(refusal, what.operation, what.target, what.objectType, what.state);
    }

    /** The operation, its target and the target's state, for messages and {@link InvalidStateException}s. */
    static final class Request {
        final String operation;
        final Object target;
        final int objectType;
        final int state;

        Request(String operation, Object target, int objectType, int state) {
            this.operation = operation;
            this.target = target;
            this.objectType = objectType;
            this.state = state;
        }
    }
}
