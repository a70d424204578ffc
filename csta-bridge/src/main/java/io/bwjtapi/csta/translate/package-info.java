/**
 * Applies typed Xsi events ({@link io.bwjtapi.xsi.event.EventData}) of monitored users to the call model and
 * reports the CSTA events they imply: {@link io.bwjtapi.csta.translate.XsiTranslator}. Follows the
 * BroadWorks to CSTA mapping of the Genesys CSTA connector (Received to Delivered, Answered to Established,
 * Released to ConnectionCleared, Redirected/Forwarded to Diverted, Transferred to Transferred, conference
 * legs linked into one call). Network facts are applied tolerantly: duplicate, late and out-of-order events
 * are dropped with a DEBUG log and a counter, never corrupting the model.
 */
package io.bwjtapi.csta.translate;
