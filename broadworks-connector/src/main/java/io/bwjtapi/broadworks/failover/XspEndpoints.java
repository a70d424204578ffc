package io.bwjtapi.broadworks.failover;

import io.bwjtapi.failover.XspEndpoint;
import io.bwjtapi.xsi.XsiEndpoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configured XSPs under both names: the backend's {@link XsiEndpoint} (host, port, TLS) and the policy's
 * opaque {@link XspEndpoint} ({@code host:port}), in preference order. Immutable.
 */
public final class XspEndpoints {
    private final Map<XspEndpoint, XsiEndpoint> toBackend = new LinkedHashMap<>();
    private final Map<XsiEndpoint, XspEndpoint> toPolicy = new LinkedHashMap<>();

    /** @param endpoints the XSPs in preference order, without duplicates */
    public XspEndpoints(List<XsiEndpoint> endpoints) {
        for (XsiEndpoint endpoint : endpoints) {
            XspEndpoint name = XspEndpoint.of(endpoint.host() + ":" + endpoint.port());
            toBackend.put(name, endpoint);
            toPolicy.put(endpoint, name);
        }
    }

    /** @return the backend's endpoints, in preference order */
    public List<XsiEndpoint> backend() {
        return Collections.unmodifiableList(new ArrayList<>(toBackend.values()));
    }

    /** @return the policy's endpoints, in preference order */
    public List<XspEndpoint> policy() {
        return Collections.unmodifiableList(new ArrayList<>(toBackend.keySet()));
    }

    /**
     * @param endpoint a policy endpoint
     * @return the backend's endpoint
     */
    public XsiEndpoint backend(XspEndpoint endpoint) {
        return toBackend.get(endpoint);
    }

    /**
     * @param endpoint a backend endpoint
     * @return the policy's endpoint, or {@code null} if not configured
     */
    public XspEndpoint policy(XsiEndpoint endpoint) {
        return toPolicy.get(endpoint);
    }
}
