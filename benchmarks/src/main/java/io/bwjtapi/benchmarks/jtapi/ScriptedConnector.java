package io.bwjtapi.benchmarks.jtapi;

import io.bwjtapi.config.ProviderConfig;
import io.bwjtapi.provider.spi.ConnectionRef;
import io.bwjtapi.provider.spi.SwitchCommandException;
import io.bwjtapi.provider.spi.SwitchCommands;
import io.bwjtapi.provider.spi.SwitchConnector;
import io.bwjtapi.provider.spi.SwitchEventSink;
import java.util.concurrent.CompletableFuture;

/**
 * A switch connector ({@code connector=bench-scripted}) with no switch behind it: the benchmark reports the facts
 * itself through the provider's event sink ({@code BwProviderImpl.eventSink()}), so that the JTAPI layer (model
 * thread, event dispatcher, observers and listeners) is measured alone. It refuses every command.
 */
public final class ScriptedConnector implements SwitchConnector {
    /** The connector's name in provider strings. */
    public static final String NAME = "bench-scripted";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SwitchCommands connect(ProviderConfig config, SwitchEventSink sink) {
        return new RefusedCommands();
    }

    /** Every command fails: the scripted switch only reports. */
    private static final class RefusedCommands implements SwitchCommands {
        private static <T> CompletableFuture<T> refused() {
            return CompletableFuture.failedFuture(SwitchCommandException.of(SwitchCommandException.Kind.NOT_SUPPORTED,
                    "the benchmark's scripted switch accepts no commands"));
        }

        @Override
        public CompletableFuture<String> makeCall(String address, String terminal, String destination) {
            return refused();
        }

        @Override
        public CompletableFuture<Void> answer(ConnectionRef connection, String terminal) {
            return refused();
        }

        @Override
        public CompletableFuture<Void> hold(ConnectionRef connection, String terminal) {
            return refused();
        }

        @Override
        public CompletableFuture<Void> unhold(ConnectionRef connection, String terminal) {
            return refused();
        }

        @Override
        public CompletableFuture<Void> disconnect(ConnectionRef connection, boolean decline) {
            return refused();
        }

        @Override
        public CompletableFuture<Void> redirect(ConnectionRef connection, String destination) {
            return refused();
        }

        @Override
        public CompletableFuture<Void> blindTransfer(ConnectionRef controller, String destination) {
            return refused();
        }

        @Override
        public CompletableFuture<String> consult(ConnectionRef held, String terminal, String destination) {
            return refused();
        }

        @Override
        public CompletableFuture<Void> consultTransfer(ConnectionRef controller, ConnectionRef otherController,
                String resultCallId) {
            return refused();
        }

        @Override
        public CompletableFuture<Void> conference(ConnectionRef controller, ConnectionRef otherController,
                String resultCallId) {
            return refused();
        }

        @Override
        public CompletableFuture<Void> sendDtmf(ConnectionRef connection, String digits) {
            return refused();
        }

        @Override
        public void close() {
        }
    }
}
