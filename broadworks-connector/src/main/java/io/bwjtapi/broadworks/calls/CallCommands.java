package io.bwjtapi.broadworks.calls;

import io.bwjtapi.provider.spi.ConnectionRef;
import io.bwjtapi.provider.spi.SwitchCommands;
import io.bwjtapi.xsi.action.XsiActions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The command side of a BroadWorks session: each JTAPI command becomes the Xsi-Actions request BroadWorks
 * documents for it (reference {@code xsi-protocol.md} section 6). Answer and unhold are {@code Talk}, disconnect
 * is {@code DELETE} (with {@code decline=true} to reject an alerting call), redirect and blind transfer are
 * {@code BlindTransfer} (a deflection while the call alerts), consult holds the call and dials, consult transfer
 * is {@code ConsultTransfer}, conference {@code POST calls/Conference}. Non-blocking; called on application
 * threads.
 */
public final class CallCommands implements SwitchCommands {
    private final CommandExecutor executor;
    private final XsiActions actions;
    private final Runnable onClose;

    CallCommands(CommandExecutor executor, XsiActions actions, Runnable onClose) {
        this.executor = executor;
        this.actions = actions;
        this.onClose = onClose;
    }

    @Override
    public CompletableFuture<String> makeCall(String address, String terminal, String destination) {
        return executor.dial(address, destination);
    }

    @Override
    public CompletableFuture<Void> answer(ConnectionRef connection, String terminal) {
        return executor.onCall(connection, actions::answer, false);
    }

    @Override
    public CompletableFuture<Void> hold(ConnectionRef connection, String terminal) {
        return executor.onCall(connection, actions::hold, false);
    }

    @Override
    public CompletableFuture<Void> unhold(ConnectionRef connection, String terminal) {
        return executor.onCall(connection, actions::retrieve, false);
    }

    @Override
    public CompletableFuture<Void> disconnect(ConnectionRef connection, boolean decline) {
        return executor.onCall(connection, decline ? (user, call) -> actions.decline(user, call, null)
                : actions::release, false);
    }

    @Override
    public CompletableFuture<Void> redirect(ConnectionRef connection, String destination) {
        return executor.onCall(connection, (user, call) -> actions.blindTransfer(user, call, destination), true);
    }

    @Override
    public CompletableFuture<Void> blindTransfer(ConnectionRef controller, String destination) {
        return executor.onCall(controller, (user, call) -> actions.blindTransfer(user, call, destination), true);
    }

    @Override
    public CompletableFuture<String> consult(ConnectionRef held, String terminal, String destination) {
        return hold(held, terminal).thenCompose(done -> executor.dial(held.address(), destination));
    }

    @Override
    public CompletableFuture<Void> consultTransfer(ConnectionRef controller, ConnectionRef otherController,
            String resultCallId) {
        return executor.onTwoCalls(controller, otherController, actions::consultTransfer);
    }

    @Override
    public CompletableFuture<Void> conference(ConnectionRef controller, ConnectionRef otherController,
            String resultCallId) {
        return executor.onTwoCalls(controller, otherController,
                (user, first, second) -> actions.startConference(user, List.of(first, second)));
    }

    @Override
    public CompletableFuture<Void> sendDtmf(ConnectionRef connection, String digits) {
        return executor.onCall(connection, (user, call) -> actions.transmitDtmf(user, call, digits), false);
    }

    @Override
    public void close() {
        onClose.run();
    }
}
