package io.bwjtapi.provider.spi;

import java.util.concurrent.CompletableFuture;

/**
 * The commands the JTAPI layer sends to the switch; implemented by the adapter.
 * <p>
 * <b>Threading.</b> The layer calls these methods on application threads (the thread that called a JTAPI
 * method), never on the model thread, and possibly from several threads at once. A method must not block:
 * it starts the request and returns a future, which the adapter completes from any thread. Success means
 * the switch accepted the request; the resulting state changes are reported separately through the
 * {@link SwitchEventSink} (possibly before the future completes). Failure is reported by completing the
 * future exceptionally with a {@link SwitchCommandException}; any other exception is treated as
 * {@link SwitchCommandException.Kind#TRANSPORT}. The layer applies its own request timeout and may abandon a
 * future; the adapter need not time out itself.
 * <p>
 * <b>Validation.</b> The layer checks every JTAPI pre-condition before it sends a command (provider and
 * device in service, states, arguments), so commands arrive well-formed; the switch still decides.
 */
public interface SwitchCommands {
    /**
     * Places a call from a monitored user's device (BroadWorks click-to-dial, {@code POST calls/new}).
     *
     * @param address the originating local address name
     * @param terminal the originating terminal name
     * @param destination the destination as dialled (number, extension, URI)
     * @return the stable identifier of the new call, under which its updates are (or will be) reported
     */
    CompletableFuture<String> makeCall(String address, String terminal, String destination);

    /**
     * Answers a ringing call at a device (BroadWorks {@code Talk}).
     *
     * @param connection the local party's connection
     * @param terminal the terminal that answers
     * @return completion
     */
    CompletableFuture<Void> answer(ConnectionRef connection, String terminal);

    /**
     * Puts a call on hold at a device (BroadWorks {@code Hold}).
     *
     * @param connection the local party's connection
     * @param terminal the terminal that holds
     * @return completion
     */
    CompletableFuture<Void> hold(ConnectionRef connection, String terminal);

    /**
     * Takes a held call off hold at a device (BroadWorks {@code Talk} on a held call).
     *
     * @param connection the local party's connection
     * @param terminal the terminal that retrieves
     * @return completion
     */
    CompletableFuture<Void> unhold(ConnectionRef connection, String terminal);

    /**
     * Releases a local party's call half (BroadWorks {@code DELETE calls/<id>}).
     *
     * @param connection the local party's connection
     * @param decline {@code true} when the party is alerting for an incoming call and the call is to be
     *     rejected ({@code decline=true}) rather than only silenced
     * @return completion
     */
    CompletableFuture<Void> disconnect(ConnectionRef connection, boolean decline);

    /**
     * Sends an alerting call on to another destination (BroadWorks {@code BlindTransfer} on an alerting
     * call: deflection).
     *
     * @param connection the alerting local party's connection
     * @param destination where to send the call
     * @return completion
     */
    CompletableFuture<Void> redirect(ConnectionRef connection, String destination);

    /**
     * Transfers a call in one step; the controller leaves (BroadWorks {@code BlindTransfer}).
     *
     * @param controller the transferring local party's connection
     * @param destination where to transfer the other party
     * @return completion
     */
    CompletableFuture<Void> blindTransfer(ConnectionRef controller, String destination);

    /**
     * Holds a call at a device and places a consultation call from it (BroadWorks {@code Hold} then
     * {@code calls/new}).
     *
     * @param held the local party's connection in the call to hold
     * @param terminal its terminal
     * @param destination the consultation destination
     * @return the stable identifier of the consultation call
     */
    CompletableFuture<String> consult(ConnectionRef held, String terminal, String destination);

    /**
     * Joins the other parties of two calls and releases the controller from both (BroadWorks
     * {@code ConsultTransfer}).
     *
     * @param controller the controller's connection in the call the application transfers
     * @param otherController the same user's connection in the other call
     * @param resultCallId the call the application expects to hold the parties afterwards; report the
     *     merge with it as {@link CallMerge#resultCallId()} where possible
     * @return completion
     */
    CompletableFuture<Void> consultTransfer(ConnectionRef controller, ConnectionRef otherController,
            String resultCallId);

    /**
     * Joins two calls of one user into a conference (BroadWorks {@code POST calls/Conference}).
     *
     * @param controller the user's connection in the call the application conferences into
     * @param otherController the same user's connection in the other call
     * @param resultCallId the call the application expects to hold the parties afterwards
     * @return completion
     */
    CompletableFuture<Void> conference(ConnectionRef controller, ConnectionRef otherController, String resultCallId);

    /**
     * Sends DTMF digits into a call (BroadWorks {@code TransmitDTMF}).
     *
     * @param connection the local party's connection
     * @param digits {@code 0-9 * # A-D} and {@code ,} for a pause
     * @return completion
     */
    CompletableFuture<Void> sendDtmf(ConnectionRef connection, String digits);

    /**
     * Ends the session: closes channels and subscriptions and stops reporting. Called once, when the
     * provider shuts down (by the application or after {@link SwitchEventSink#gaveUp}); may be called on the
     * model thread, so it must not block for long.
     */
    void close();
}
