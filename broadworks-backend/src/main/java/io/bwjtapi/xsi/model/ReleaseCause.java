package io.bwjtapi.xsi.model;

import java.util.Objects;
import java.util.Optional;

/** Why a call failed; present on a call only when it did (XSD {@code ReleaseCause}). */
public final class ReleaseCause {
    private final InternalReleaseCause internalReleaseCause;
    private final String q850Cause;
    private final String sipStatus;
    private final String cdrTerminationCause;

    /**
     * Creates a release cause; pass {@code null} for absent optional parts.
     *
     * @param internalReleaseCause BroadWorks' classification, never {@code null}
     * @param q850Cause the Q.850 cause value
     * @param sipStatus the SIP status code
     * @param cdrTerminationCause the CDR termination cause
     */
    public ReleaseCause(InternalReleaseCause internalReleaseCause, String q850Cause, String sipStatus,
            String cdrTerminationCause) {
        this.internalReleaseCause = Objects.requireNonNull(internalReleaseCause, "internalReleaseCause");
        this.q850Cause = q850Cause;
        this.sipStatus = sipStatus;
        this.cdrTerminationCause = cdrTerminationCause;
    }

    /** @return BroadWorks' classification of the failure */
    public InternalReleaseCause internalReleaseCause() {
        return internalReleaseCause;
    }

    /** @return the Q.850 cause value */
    public Optional<String> q850Cause() {
        return Optional.ofNullable(q850Cause);
    }

    /** @return the SIP status code */
    public Optional<String> sipStatus() {
        return Optional.ofNullable(sipStatus);
    }

    /** @return the CDR termination cause */
    public Optional<String> cdrTerminationCause() {
        return Optional.ofNullable(cdrTerminationCause);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ReleaseCause)) {
            return false;
        }
        ReleaseCause other = (ReleaseCause) o;
        return internalReleaseCause == other.internalReleaseCause && Objects.equals(q850Cause, other.q850Cause)
                && Objects.equals(sipStatus, other.sipStatus)
                && Objects.equals(cdrTerminationCause, other.cdrTerminationCause);
    }

    @Override
    public int hashCode() {
        return Objects.hash(internalReleaseCause, q850Cause, sipStatus, cdrTerminationCause);
    }

    @Override
    public String toString() {
        return "ReleaseCause[" + internalReleaseCause + ", q850=" + q850Cause + ", sip=" + sipStatus + ", cdr="
                + cdrTerminationCause + "]";
    }
}
