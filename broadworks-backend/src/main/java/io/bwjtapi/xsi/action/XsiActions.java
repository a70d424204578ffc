package io.bwjtapi.xsi.action;

import io.bwjtapi.xsi.XsiResponse;
import io.bwjtapi.xsi.channel.EventChannelSet;
import io.bwjtapi.xsi.internal.ClientContext;
import io.bwjtapi.xsi.internal.PathSegments;
import io.bwjtapi.xsi.internal.XsiPaths;
import io.bwjtapi.xsi.internal.http.HttpTarget;
import io.bwjtapi.xsi.internal.http.XsiRequest;
import io.bwjtapi.xsi.internal.xml.ActionReaders;
import io.bwjtapi.xsi.internal.xml.CallReader;
import io.bwjtapi.xsi.internal.xml.XsiRequestBodies;
import io.bwjtapi.xsi.internal.xml.XsiResponseReader;
import io.bwjtapi.xsi.model.AgentState;
import io.bwjtapi.xsi.model.Call;
import io.bwjtapi.xsi.model.HookStatus;
import io.netty.handler.codec.http.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Typed Xsi-Actions commands on a user's calls and services (reference §6, §7). Every method returns a future
 * of an {@link XsiResponse}: an HTTP error status is a response carrying the status and BroadWorks' ErrorInfo;
 * only I/O, TLS and timeouts fail the future ({@link io.bwjtapi.xsi.XsiTransportException}). Futures complete
 * on the client's callback threads, never on a Netty I/O thread.
 */
public final class XsiActions {
    private final ClientContext ctx;
    private final EventChannelSet channels;

    /**
     * Creates the commands of a client.
     *
     * @param ctx the client's shared parts
     * @param channels the channel set (commands go to an XSP that holds a live channel when there is one)
     */
    public XsiActions(ClientContext ctx, EventChannelSet channels) {
        this.ctx = ctx;
        this.channels = channels;
    }

    /**
     * Originates a call from the user (click-to-dial: the user's device rings first). Success is 201.
     *
     * @param userId the calling user
     * @param address the number, extension, user id, {@code tel:} or {@code sip:} URI to call
     * @return the new call half and session
     */
    public CompletableFuture<XsiResponse<CallStartInfo>> dial(String userId, String address) {
        return call(HttpMethod.POST, calls(userId) + "/new?address=" + PathSegments.query(require(address)),
                "CallStartInfo", ActionReaders::callStartInfo);
    }

    /**
     * Answers an alerting call (allowed when the call has {@code allowAnswer}) or retrieves a held call.
     *
     * @param userId the user
     * @param callId the user's call half
     * @return the response
     */
    public CompletableFuture<XsiResponse<Void>> talk(String userId, String callId) {
        return command(HttpMethod.PUT, call(userId, callId) + "/Talk");
    }

    /**
     * Answers an alerting call (the same request as {@link #talk}).
     *
     * @param userId the user
     * @param callId the alerting call half (with {@code allowAnswer})
     * @return the response
     */
    public CompletableFuture<XsiResponse<Void>> answer(String userId, String callId) {
        return talk(userId, callId);
    }

    /**
     * Retrieves a held call (the same request as {@link #talk}).
     *
     * @param userId the user
     * @param callId the held call half
     * @return the response
     */
    public CompletableFuture<XsiResponse<Void>> retrieve(String userId, String callId) {
        return talk(userId, callId);
    }

    /**
     * Holds a call.
     *
     * @param userId the user
     * @param callId the call half
     * @return the response
     */
    public CompletableFuture<XsiResponse<Void>> hold(String userId, String callId) {
        return command(HttpMethod.PUT, call(userId, callId) + "/Hold");
    }

    /**
     * Retrieves a call and releases all the user's other calls.
     *
     * @param userId the user
     * @param callId the call half to keep
     * @return the response
     */
    public CompletableFuture<XsiResponse<Void>> reconnect(String userId, String callId) {
        return command(HttpMethod.PUT, call(userId, callId) + "/Reconnect");
    }

    /**
     * Releases a call (on an alerting call: the user stops being alerted; the call goes on alerting elsewhere).
     *
     * @param userId the user
     * @param callId the call half
     * @return the response
     */
    public CompletableFuture<XsiResponse<Void>> release(String userId, String callId) {
        return command(HttpMethod.DELETE, call(userId, callId));
    }

    /**
     * Declines an alerting call.
     *
     * @param userId the user
     * @param callId the alerting call half
     * @param reason why, or {@code null} for BroadWorks' default (temporarily unavailable)
     * @return the response
     */
    public CompletableFuture<XsiResponse<Void>> decline(String userId, String callId, DeclineReason reason) {
        String query = "?decline=true" + (reason == null ? "" : "&declineReason=" + reason.wireName());
        return command(HttpMethod.DELETE, call(userId, callId) + query);
    }

    /**
     * Transfers a call to an address without consultation (on an alerting call: deflects it).
     *
     * @param userId the user
     * @param callId the call half to transfer
     * @param address where to
     * @return the response
     */
    public CompletableFuture<XsiResponse<Void>> blindTransfer(String userId, String callId, String address) {
        return command(HttpMethod.PUT,
                call(userId, callId) + "/BlindTransfer?address=" + PathSegments.query(require(address)));
    }

    /**
     * Transfers a call to the party of another of the user's calls, joining the two.
     *
     * @param userId the user
     * @param callId the call half to transfer
     * @param consultedCallId the user's call with the consulted party
     * @return the response
     */
    public CompletableFuture<XsiResponse<Void>> consultTransfer(String userId, String callId, String consultedCallId) {
        return command(HttpMethod.PUT, call(userId, callId) + "/ConsultTransfer/" + PathSegments.segment(consultedCallId));
    }

    /**
     * Starts a conference of the user's calls (needs N-Way or Three-Way Call).
     *
     * @param userId the user
     * @param callIds at least two of the user's call halves
     * @return the response
     */
    public CompletableFuture<XsiResponse<Void>> startConference(String userId, List<String> callIds) {
        if (callIds.size() < 2) {
            throw new IllegalArgumentException("a conference needs at least two calls, got " + callIds);
        }
        return send(XsiRequest.withBody(HttpMethod.POST, calls(userId) + "/Conference",
                XsiRequestBodies.conference(callIds)), null, null);
    }

    /**
     * Adds a call to the user's conference.
     *
     * @param userId the user
     * @param callId the call half to add
     * @return the response
     */
    public CompletableFuture<XsiResponse<Void>> addToConference(String userId, String callId) {
        return command(HttpMethod.PUT, calls(userId) + "/Conference/" + PathSegments.segment(callId));
    }

    /**
     * Ends the user's conference, releasing every leg.
     *
     * @param userId the user
     * @return the response
     */
    public CompletableFuture<XsiResponse<Void>> releaseConference(String userId) {
        return command(HttpMethod.DELETE, calls(userId) + "/Conference");
    }

    /**
     * Sends DTMF digits on a call.
     *
     * @param userId the user
     * @param callId the call half
     * @param digits {@code 0-9 * # A-D}, a comma pausing
     * @return the response
     */
    public CompletableFuture<XsiResponse<Void>> transmitDtmf(String userId, String callId, String digits) {
        if (!require(digits).matches("[0-9*#A-Da-d,]+")) {
            throw new IllegalArgumentException("DTMF digits must be 0-9 * # A-D or ',': " + digits);
        }
        return command(HttpMethod.PUT, call(userId, callId) + "/TransmitDTMF?playdtmf=" + PathSegments.query(digits));
    }

    /**
     * Lists the user's calls (a fallback: the event-stream snapshot is authoritative).
     *
     * @param userId the user
     * @return the calls
     */
    public CompletableFuture<XsiResponse<List<CallReference>>> listCalls(String userId) {
        return call(HttpMethod.GET, calls(userId), "Calls", ActionReaders::calls);
    }

    /**
     * Reads one call's details.
     *
     * @param userId the user
     * @param callId the call half
     * @return the call
     */
    public CompletableFuture<XsiResponse<Call>> callDetail(String userId, String callId) {
        return call(HttpMethod.GET, call(userId, callId), "Call", CallReader::read);
    }

    /**
     * Reads the hook status of the user's device.
     *
     * @param userId the user
     * @return the hook status
     */
    public CompletableFuture<XsiResponse<HookStatus>> hookStatus(String userId) {
        return call(HttpMethod.GET, calls(userId) + "/HookStatus", "HookStatus", ActionReaders::hookStatus);
    }

    /**
     * Lists one page of the user's group or enterprise directory.
     *
     * @param scope group or enterprise
     * @param userId the user whose directory is listed (typically the login)
     * @param start the 1-based index of the first entry
     * @param results the page size
     * @return the page
     */
    public CompletableFuture<XsiResponse<DirectoryPage>> directory(DirectoryScope scope, String userId, int start,
            int results) {
        if (start < 1 || results < 1) {
            throw new IllegalArgumentException("start and results must be positive");
        }
        String path = XsiPaths.user(userId) + "/directories/" + scope.resource() + "?start=" + start + "&results="
                + results;
        return call(HttpMethod.GET, path, scope.resource(), c -> ActionReaders.directory(c, scope.listElement()));
    }

    /**
     * Lists a whole directory page by page, e.g. to find the users to monitor.
     *
     * @param scope group or enterprise
     * @param userId the user whose directory is listed
     * @param pageSize entries per request
     * @return every entry, or the first error response
     */
    public CompletableFuture<XsiResponse<List<DirectoryEntry>>> directoryAll(DirectoryScope scope, String userId,
            int pageSize) {
        CompletableFuture<XsiResponse<List<DirectoryEntry>>> result = new CompletableFuture<>();
        nextPage(scope, userId, 1, pageSize, new ArrayList<>(), result);
        return result;
    }

    private void nextPage(DirectoryScope scope, String userId, int start, int pageSize, List<DirectoryEntry> collected,
            CompletableFuture<XsiResponse<List<DirectoryEntry>>> result) {
        directory(scope, userId, start, pageSize).whenComplete((page, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else if (!page.isSuccess() || page.body().isEmpty()) {
                result.complete(XsiResponse.error(page.request(), page.status(), page.errorInfo().orElse(null),
                        page.errorText().orElse(null)));
            } else {
                DirectoryPage p = page.body().get();
                collected.addAll(p.entries());
                if (p.hasMore()) {
                    nextPage(scope, userId, p.startIndex() + p.entries().size(), pageSize, collected, result);
                } else {
                    result.complete(XsiResponse.success(page.request(), page.status(), List.copyOf(collected), null));
                }
            }
        });
    }

    /**
     * Reads a call-center agent's ACD state and memberships.
     *
     * @param userId the agent
     * @return the state
     */
    public CompletableFuture<XsiResponse<CallCenterAgentState>> callCenterState(String userId) {
        return call(HttpMethod.GET, callCenter(userId), "CallCenter", ActionReaders::callCenter);
    }

    /**
     * Changes a call-center agent's ACD state.
     *
     * @param userId the agent
     * @param state the new state
     * @param unavailableCode the unavailable code for {@link AgentState#UNAVAILABLE}, or {@code null}
     * @return the response
     */
    public CompletableFuture<XsiResponse<Void>> setCallCenterState(String userId, AgentState state,
            String unavailableCode) {
        if (state == null || state == AgentState.UNRECOGNIZED) {
            throw new IllegalArgumentException("a known agent state is required");
        }
        return send(XsiRequest.withBody(HttpMethod.PUT, callCenter(userId),
                XsiRequestBodies.callCenterState(state, unavailableCode)), null, null);
    }

    private static String calls(String userId) {
        return XsiPaths.user(require(userId)) + "/calls";
    }

    private static String call(String userId, String callId) {
        return calls(userId) + "/" + PathSegments.segment(require(callId));
    }

    private static String callCenter(String userId) {
        return XsiPaths.user(require(userId)) + "/services/CallCenter";
    }

    private static String require(String value) {
        Objects.requireNonNull(value, "argument");
        if (value.isBlank()) {
            throw new IllegalArgumentException("argument must not be blank");
        }
        return value;
    }

    private CompletableFuture<XsiResponse<Void>> command(HttpMethod method, String path) {
        return send(XsiRequest.of(method, path), null, null);
    }

    private <T> CompletableFuture<XsiResponse<T>> call(HttpMethod method, String path, String root,
            XsiResponseReader.BodyParser<T> parser) {
        return send(XsiRequest.of(method, path), root, parser);
    }

    private <T> CompletableFuture<XsiResponse<T>> send(XsiRequest request, String root,
            XsiResponseReader.BodyParser<T> parser) {
        return ctx.call(HttpTarget.of(channels.preferredEndpoint()), request, root, parser);
    }
}
