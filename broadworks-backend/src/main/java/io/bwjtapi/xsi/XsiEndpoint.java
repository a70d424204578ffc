package io.bwjtapi.xsi;

import java.util.Objects;

/**
 * One XSP to talk to: host name, port and whether to use TLS. Prefer a per-XSP host name over a cluster
 * name: heartbeats and acknowledgements must reach the XSP that holds the channel, and TLS checks the name.
 */
public final class XsiEndpoint {
    private final String host;
    private final int port;
    private final boolean tls;

    /**
     * Creates an endpoint.
     *
     * @param host the XSP's host name or address
     * @param port the TCP port, 1..65535
     * @param tls whether to use HTTPS
     * @throws IllegalArgumentException when the host is blank or the port is out of range
     */
    public XsiEndpoint(String host, int port, boolean tls) {
        Objects.requireNonNull(host, "host");
        if (host.isBlank() || host.contains("/")) {
            throw new IllegalArgumentException("host must be a host name or address, got '" + host + "'");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535, got " + port);
        }
        this.host = host.trim();
        this.port = port;
        this.tls = tls;
    }

    /**
     * Creates an HTTPS endpoint on port 443.
     *
     * @param host the XSP's host name
     * @return the endpoint
     */
    public static XsiEndpoint https(String host) {
        return new XsiEndpoint(host, 443, true);
    }

    /**
     * Creates a plain-HTTP endpoint (test systems only; credentials travel in clear text).
     *
     * @param host the XSP's host name or address
     * @param port the TCP port
     * @return the endpoint
     */
    public static XsiEndpoint http(String host, int port) {
        return new XsiEndpoint(host, port, false);
    }

    /** @return the host name or address */
    public String host() {
        return host;
    }

    /** @return the TCP port */
    public int port() {
        return port;
    }

    /** @return whether HTTPS is used */
    public boolean tls() {
        return tls;
    }

    /** @return the value of the HTTP {@code Host} header for this endpoint */
    public String hostHeader() {
        boolean defaultPort = tls ? port == 443 : port == 80;
        String name = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return defaultPort ? name : name + ":" + port;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof XsiEndpoint)) {
            return false;
        }
        XsiEndpoint other = (XsiEndpoint) o;
        return port == other.port && tls == other.tls && host.equals(other.host);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, tls);
    }

    @Override
    public String toString() {
        return (tls ? "https://" : "http://") + hostHeader();
    }
}
