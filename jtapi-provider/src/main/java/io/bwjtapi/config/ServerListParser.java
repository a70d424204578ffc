package io.bwjtapi.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Parses the service part of the provider string: {@code host[:port]} entries separated by commas. */
final class ServerListParser {
    private ServerListParser() {
    }

    static List<ServerAddress> parse(String service, boolean tls) {
        if (service.trim().isEmpty()) {
            throw ProviderStringParser.invalid("the XSP list before the first ';' is empty");
        }
        int defaultPort = tls ? 443 : 80;
        Set<ServerAddress> servers = new LinkedHashSet<>();
        for (String entry : service.split(",", -1)) {
            String text = entry.trim();
            if (text.isEmpty()) {
                throw ProviderStringParser.invalid("the XSP list '" + service.trim() + "' has an empty entry");
            }
            if (!servers.add(server(text, defaultPort))) {
                throw ProviderStringParser.invalid("XSP '" + text + "' is listed twice");
            }
        }
        return new ArrayList<>(servers);
    }

    private static ServerAddress server(String text, int defaultPort) {
        String host;
        String port = null;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw bad(text, "has no closing ']'");
            }
            host = text.substring(1, close);
            String rest = text.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw bad(text, "has text after ']' that is not ':port'");
                }
                port = rest.substring(1);
            }
            if (host.isEmpty() || !host.matches("[0-9A-Fa-f:.]+")) {
                throw bad(text, "is not an IPv6 address in brackets");
            }
        } else {
            int colon = text.indexOf(':');
            if (colon >= 0 && text.indexOf(':', colon + 1) >= 0) {
                throw bad(text, "has more than one ':' (write an IPv6 address as [address]:port)");
            }
            host = colon < 0 ? text : text.substring(0, colon);
            port = colon < 0 ? null : text.substring(colon + 1);
            if (!host.matches("[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?")) {
                throw bad(text, "is not a valid host name");
            }
        }
        return new ServerAddress(host, port == null ? defaultPort : port(text, port));
    }

    private static int port(String text, String port) {
        try {
            int value = Integer.parseInt(port);
            if (value >= 1 && value <= 65535) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(text, "has an invalid port (1 to 65535)");
    }

    private static RuntimeException bad(String text, String problem) {
        return ProviderStringParser.invalid("XSP '" + text + "' " + problem);
    }
}
