package io.bwjtapi.broadworks.calls;

import io.bwjtapi.broadworks.internal.SwitchThread;
import io.bwjtapi.broadworks.stats.SessionStats;
import io.bwjtapi.broadworks.users.MonitoredUser;
import io.bwjtapi.broadworks.users.MonitoredUsers;
import io.bwjtapi.csta.model.CallModelView;
import io.bwjtapi.csta.model.CstaConnection;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.provider.spi.ConnectionRef;
import io.bwjtapi.provider.spi.SwitchCommandException;
import io.bwjtapi.provider.spi.SwitchCommandException.Kind;
import io.bwjtapi.xsi.XsiResponse;
import io.bwjtapi.xsi.action.XsiActions;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Sends the JTAPI layer's commands as Xsi-Actions, straight from the application's thread. A party is named by
 * its user (from the address name) and its Xsi callId, which the layer hands back as the connection's handle;
 * only when a connection has no handle is the callId looked up in the call model, with a hop through the switch
 * thread. A placed call's stable id comes from {@link PlacedCalls}. Refusals and transport failures complete the
 * futures with {@link SwitchCommandException}s ({@link CommandFailures}).
 */
final class CommandExecutor {
    private final XsiActions actions;
    private final Supplier<MonitoredUsers> users;
    private final SwitchThread thread;
    private final CallModelView model;
    private final PlacedCalls placed;
    private final SessionStats stats;

    CommandExecutor(XsiActions actions, Supplier<MonitoredUsers> users, SwitchThread thread, CallModelView model,
            PlacedCalls placed, SessionStats stats) {
        this.actions = actions;
        this.users = users;
        this.thread = thread;
        this.model = model;
        this.placed = placed;
        this.stats = stats;
    }

    /** A party as Xsi-Actions names it. */
    static final class Half {
        final String userId;
        final String callId;

        Half(String userId, String callId) {
            this.userId = userId;
            this.callId = callId;
        }
    }

    CompletableFuture<String> dial(String address, String destination) {
        String userId;
        try {
            userId = userOf(address);
        } catch (SwitchCommandException e) {
            return CompletableFuture.failedFuture(e);
        }
        return send(actions.dial(userId, destination), true).thenCompose(info -> info == null
                ? CompletableFuture.failedFuture(SwitchCommandException.of(Kind.REJECTED,
                        "BroadWorks accepted the call without naming it (no CallStartInfo)"))
                : thread.supply(() -> placed.await(userId, info.callId(), info.externalTrackingId()))
                        .thenCompose(f -> f));
    }

    CompletableFuture<Void> onCall(ConnectionRef ref, BiFunction<String, String,
            CompletableFuture<XsiResponse<Void>>> action, boolean namesAddress) {
        return half(ref).thenCompose(h -> send(action.apply(h.userId, h.callId), namesAddress));
    }

    CompletableFuture<Void> onTwoCalls(ConnectionRef first, ConnectionRef second,
            TwoCallAction action) {
        return half(first).thenCombine(half(second), (a, b) -> action.apply(a.userId, a.callId, b.callId))
                .thenCompose(request -> send(request, false));
    }

    /** An action on two calls of one user. */
    interface TwoCallAction {
        CompletableFuture<XsiResponse<Void>> apply(String userId, String firstCallId, String secondCallId);
    }

    CompletableFuture<Half> half(ConnectionRef ref) {
        String userId;
        try {
            userId = userOf(ref.address());
        } catch (SwitchCommandException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (ref.handle() != null) {
            return CompletableFuture.completedFuture(new Half(userId, ref.handle()));
        }
        return thread.supply(() -> StableIds.parse(ref.callId()).flatMap(model::call)
                .flatMap(call -> call.connection(DeviceId.of(userId))).flatMap(CstaConnection::callId)
                .map(callId -> new Half(userId, callId))
                .orElseThrow(() -> new IllegalStateException(ref + " is not a call BroadWorks knows")))
                .exceptionally(e -> {
                    throw new java.util.concurrent.CompletionException(
                            SwitchCommandException.of(Kind.CALL_GONE, e.getCause() != null
                                    ? e.getCause().getMessage() : e.getMessage()));
                });
    }

    private String userOf(String address) throws SwitchCommandException {
        return users.get().byName(address).map(MonitoredUser::userId).orElseThrow(() ->
                SwitchCommandException.of(Kind.INVALID_PARTY, address + " is not a monitored BroadWorks user"));
    }

    <T> CompletableFuture<T> send(CompletableFuture<XsiResponse<T>> request, boolean namesAddress) {
        CompletableFuture<T> result = new CompletableFuture<>();
        request.whenComplete((response, failure) -> {
            if (failure != null) {
                stats.commandFailed();
                result.completeExceptionally(CommandFailures.failed(failure));
            } else if (!response.isSuccess()) {
                stats.commandFailed();
                result.completeExceptionally(CommandFailures.refused(response, namesAddress));
            } else {
                result.complete(response.body().orElse(null));
            }
        });
        return result;
    }
}
