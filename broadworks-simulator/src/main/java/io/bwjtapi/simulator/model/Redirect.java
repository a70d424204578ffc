package io.bwjtapi.simulator.model;

/**
 * Where and why a call left a user (XSD {@code Redirect}).
 *
 * @param address the address the call went to, or {@code null}
 * @param reason why it was redirected
 * @param redirectTime when, in milliseconds since the epoch
 */
public record Redirect(String address, RedirectReason reason, long redirectTime) {
}
