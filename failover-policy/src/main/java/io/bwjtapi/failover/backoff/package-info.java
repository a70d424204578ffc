/** Capped exponential backoff with jitter, reset on success: how long to wait before trying a server again. */
package io.bwjtapi.failover.backoff;
