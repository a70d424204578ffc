package io.bwjtapi.simulator.model;

/**
 * One earlier redirection of an incoming call (XSD {@code Redirection}): the party that redirected it.
 *
 * @param party the redirecting party
 * @param reason why that party redirected the call
 * @param counter the position of this redirection, starting at 1
 */
public record Redirection(PartyInfo party, RedirectReason reason, int counter) {
}
