/**
 * The server list: XSPs in preference order, each with its own backoff, with recently failed servers postponed
 * behind the others rather than banned.
 */
package io.bwjtapi.failover.server;
