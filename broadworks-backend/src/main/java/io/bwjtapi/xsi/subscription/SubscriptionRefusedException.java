package io.bwjtapi.xsi.subscription;

import io.bwjtapi.xsi.XsiException;
import io.bwjtapi.xsi.XsiResponse;
import io.bwjtapi.xsi.model.EventPackage;

/** BroadWorks refused a subscription (e.g. 403/404 for a deleted or out-of-scope user, or 503 to the end). */
public final class SubscriptionRefusedException extends XsiException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The user. */
    private final String userId;
    /** The package. */
    private final EventPackage eventPackage;
    private final transient XsiResponse<?> response;

    /**
     * Creates the exception.
     *
     * @param userId the user
     * @param eventPackage the package
     * @param response the XSP's answer
     */
    public SubscriptionRefusedException(String userId, EventPackage eventPackage, XsiResponse<?> response) {
        super("subscription of " + userId + " to " + eventPackage.wireName() + " refused: " + response);
        this.userId = userId;
        this.eventPackage = eventPackage;
        this.response = response;
    }

    /** @return the user */
    public String userId() {
        return userId;
    }

    /** @return the package */
    public EventPackage eventPackage() {
        return eventPackage;
    }

    /** @return the XSP's answer (status, ErrorInfo) */
    public XsiResponse<?> response() {
        return response;
    }
}
