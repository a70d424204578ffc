/**
 * The call control package of JTAPI: the features of a business telephone system on top of the core
 * {@code javax.telephony} model.
 * <p>
 * Each core object gets an extension that an implementation's objects also implement, so applications
 * test for it with {@code instanceof}:
 * <ul>
 * <li>{@link javax.telephony.callcontrol.CallControlCall}: calling and called parties, conference,
 *     transfer, consultation calls, adding a party, dropping the call, dialing digit by digit;</li>
 * <li>{@link javax.telephony.callcontrol.CallControlConnection}: finer party states (offered, queued,
 *     initiated, dialing, network reached...), accept, reject, redirect, park;</li>
 * <li>{@link javax.telephony.callcontrol.CallControlTerminalConnection}: finer phone states (talking, held,
 *     bridged, in use), hold, unhold, join, leave;</li>
 * <li>{@link javax.telephony.callcontrol.CallControlAddress}: forwarding (described by
 *     {@link javax.telephony.callcontrol.CallControlForwarding}), do-not-disturb, message waiting;</li>
 * <li>{@link javax.telephony.callcontrol.CallControlTerminal}: call pickup and do-not-disturb.</li>
 * </ul>
 * <p>
 * Each call control state maps to exactly one core state, and implementations keep both consistent, so an
 * application may follow either view. Changes are reported in two models: the JTAPI 1.3/1.4 listener model
 * ({@code CallControl*Event} delivered to {@code CallControl*Listener}, defined here) and the deprecated
 * JTAPI 1.2 observer model ({@code CallCtl*Ev} in {@code javax.telephony.callcontrol.events}, delivered to
 * observers that implement a {@code CallControl*Observer} marker). What an implementation supports is
 * described by {@code javax.telephony.callcontrol.capabilities}.
 */
package javax.telephony.callcontrol;
