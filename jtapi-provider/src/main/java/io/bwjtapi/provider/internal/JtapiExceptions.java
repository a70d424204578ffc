package io.bwjtapi.provider.internal;

import io.bwjtapi.provider.spi.SwitchCommandException;
import java.util.List;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PlatformException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;

/**
 * The one place where a switch's refusal becomes a JTAPI exception. Each kind of failure has a preferred
 * exception; when the JTAPI method does not declare it, the next declared alternative is used, and the
 * unchecked {@link PlatformException} when none is declared. The message names the operation, the object and
 * the switch's error code and summary; the {@link SwitchCommandException} stays the cause.
 */
public final class JtapiExceptions {
    private JtapiExceptions() {
    }

    /**
     * @param failure the switch's refusal
     * @param operation the JTAPI method, for the message
     * @param target the object the method was called on
     * @param objectType the {@link InvalidStateException} object type of the target
     * @param state the target's state, for {@link InvalidStateException}
     * @param declared the exception classes the method declares
     * @return the exception to throw: one of {@code declared}, or a {@link PlatformException}
     */
    public static Exception map(SwitchCommandException failure, String operation, Object target, int objectType,
            int state, List<Class<?>> declared) {
        String message = operation + " on " + target + " failed: " + describe(failure);
        for (Class<?> preferred : preferences(failure.kind())) {
            if (declared.contains(preferred)) {
                Exception e = create(preferred, message, target, objectType, state);
                e.initCause(failure);
                return e;
            }
        }
        return new PlatformException(message);
    }

    private static List<Class<?>> preferences(SwitchCommandException.Kind kind) {
        switch (kind) {
            case INVALID_PARTY:
                return List.of(InvalidPartyException.class, InvalidArgumentException.class,
                        ResourceUnavailableException.class);
            case INVALID_STATE:
            case CALL_GONE:
                return List.of(InvalidStateException.class);
            case NOT_PERMITTED:
                return List.of(PrivilegeViolationException.class, InvalidStateException.class);
            case NOT_SUPPORTED:
                return List.of(MethodNotSupportedException.class);
            default:
                return List.of(ResourceUnavailableException.class);
        }
    }

    private static Exception create(Class<?> type, String message, Object target, int objectType, int state) {
        if (type == InvalidPartyException.class) {
            return new InvalidPartyException(InvalidPartyException.DESTINATION_PARTY, message);
        }
        if (type == InvalidArgumentException.class) {
            return new InvalidArgumentException(message);
        }
        if (type == InvalidStateException.class) {
            return new InvalidStateException(target, objectType, state, message);
        }
        if (type == PrivilegeViolationException.class) {
            return new PrivilegeViolationException(PrivilegeViolationException.UNKNOWN_VIOLATION, message);
        }
        if (type == MethodNotSupportedException.class) {
            return new MethodNotSupportedException(message);
        }
        return new ResourceUnavailableException(ResourceUnavailableException.UNKNOWN, message);
    }

    private static String describe(SwitchCommandException failure) {
        StringBuilder b = new StringBuilder();
        switch (failure.kind()) {
            case CALL_GONE: b.append("the call no longer exists at BroadWorks"); break;
            case TRANSPORT: b.append("BroadWorks could not be reached"); break;
            case TIMEOUT: b.append("BroadWorks did not answer in time"); break;
            case NOT_SUPPORTED: b.append("BroadWorks does not support it for this user"); break;
            case NOT_PERMITTED: b.append("BroadWorks does not permit it"); break;
            default: b.append("BroadWorks refused it"); break;
        }
        if (failure.getErrorCode() >= 0 || failure.getHttpStatus() >= 0) {
            b.append(" (");
            if (failure.getErrorCode() >= 0) {
                b.append("errorCode ").append(failure.getErrorCode());
            }
            if (failure.getHttpStatus() >= 0) {
                b.append(failure.getErrorCode() >= 0 ? ", " : "").append("HTTP ").append(failure.getHttpStatus());
            }
            b.append(')');
        }
        return b.append(": ").append(failure.getSummary()).toString();
    }
}
