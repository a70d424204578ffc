package io.bwjtapi.config;

import java.util.Objects;

/** One XSP named in the provider string: a host and the port to use (given, or the default for the scheme). */
public final class ServerAddress {
    private final String host;
    private final int port;

    /**
     * @param host a host name or IP address (IPv6 without brackets)
     * @param port the TCP port, 1 to 65535
     */
    public ServerAddress(String host, int port) {
        this.host = Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
        this.port = port;
    }

    /** @return the host name or IP address */
    public String host() {
        return host;
    }

    /** @return the port */
    public int port() {
        return port;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServerAddress && host.equals(((ServerAddress) o).host) && port == ((ServerAddress) o).port;
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port);
    }

    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
