package io.bwjtapi.tck.property;

import java.util.Objects;

/**
 * One broken rule found in a run.
 *
 * @param check the rule's name, e.g. {@code transition} or {@code truth}
 * @param message what happened, naming the events ({@code #seq}) and objects involved
 */
public record Violation(String check, String message) {
    public Violation {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return "[" + check + "] " + message;
    }
}
