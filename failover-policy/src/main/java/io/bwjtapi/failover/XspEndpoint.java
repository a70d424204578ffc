package io.bwjtapi.failover;

import java.util.Objects;

/**
 * One XSP (Xtended Services Platform) on which the provider can hold an event channel, named the way the
 * wiring addresses it, for example {@code xsp1.example.com:443}. The policy treats the name as opaque; two
 * endpoints are the same server exactly when their names are equal.
 */
public final class XspEndpoint {
    private final String name;

    private XspEndpoint(String name) {
        this.name = name;
    }

    /**
     * Returns the endpoint with this name.
     *
     * @param name the server name, not blank
     * @return the endpoint
     * @throws IllegalArgumentException if the name is blank
     */
    public static XspEndpoint of(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("XSP endpoint name must not be blank");
        }
        return new XspEndpoint(name);
    }

    /** @return the server name this endpoint was created with */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof XspEndpoint && name.equals(((XspEndpoint) other).name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
