package io.bwjtapi.xsi.internal.http;

import io.bwjtapi.xsi.XsiEndpoint;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * Where a request goes: an endpoint, either resolved anew for each connection or pinned to the concrete
 * address of the XSP that holds a channel (heartbeats and acknowledgements must reach that XSP).
 */
public final class HttpTarget {
    private final XsiEndpoint endpoint;
    private final InetSocketAddress address;

    private HttpTarget(XsiEndpoint endpoint, InetSocketAddress address) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.address = address;
    }

    /**
     * Targets an endpoint by name.
     *
     * @param endpoint the XSP
     * @return the target
     */
    public static HttpTarget of(XsiEndpoint endpoint) {
        return new HttpTarget(endpoint, InetSocketAddress.createUnresolved(endpoint.host(), endpoint.port()));
    }

    /**
     * Targets the concrete address an endpoint resolved to (TLS still checks the endpoint's host name).
     *
     * @param endpoint the XSP
     * @param address the address a channel connected to
     * @return the target
     */
    public static HttpTarget pinned(XsiEndpoint endpoint, InetSocketAddress address) {
        return new HttpTarget(endpoint, Objects.requireNonNull(address, "address"));
    }

    /** @return the endpoint */
    public XsiEndpoint endpoint() {
        return endpoint;
    }

    /** @return the socket address connected to */
    public InetSocketAddress address() {
        return address;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HttpTarget)) {
            return false;
        }
        HttpTarget other = (HttpTarget) o;
        return endpoint.equals(other.endpoint) && address.equals(other.address);
    }

    @Override
    public int hashCode() {
        return Objects.hash(endpoint, address);
    }

    @Override
    public String toString() {
        return address.isUnresolved() ? endpoint.toString() : endpoint + " at " + address.getAddress().getHostAddress();
    }
}
