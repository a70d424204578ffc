package io.bwjtapi.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import javax.telephony.Call;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.JtapiPeerUnavailableException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PlatformException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.Provider;
import javax.telephony.ProviderUnavailableException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.callcontrol.CallControlForwarding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The nine JTAPI exceptions and {@link CallControlForwarding} keep exactly what they are given. */
class ExceptionsTest {
    private static final String MESSAGE = "the detail message";

    static Stream<Arguments> messageOnlyExceptions() {
        return Stream.of(
                messageOnly(InvalidArgumentException::new, InvalidArgumentException::new),
                messageOnly(JtapiPeerUnavailableException::new, JtapiPeerUnavailableException::new),
                messageOnly(MethodNotSupportedException::new, MethodNotSupportedException::new),
                messageOnly(PlatformException::new, PlatformException::new));
    }

    private static Arguments messageOnly(Supplier<Exception> withoutMessage, Function<String, Exception> withMessage) {
        return Arguments.of(withoutMessage, withMessage);
    }

    @ParameterizedTest
    @MethodSource("messageOnlyExceptions")
    void messageOnlyExceptionsKeepTheirMessage(Supplier<Exception> withoutMessage,
            Function<String, Exception> withMessage) {
        assertNull(withoutMessage.get().getMessage());
        assertEquals(MESSAGE, withMessage.apply(MESSAGE).getMessage());
    }

    /** An exception classified by an {@code int} type: its two constructors, its getter and two type values. */
    record TypedException(String name, IntFunction<Exception> withType,
            BiFunction<Integer, String, Exception> withTypeAndMessage, ToIntFunction<Exception> type,
            int firstType, int secondType) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<TypedException> typedExceptions() {
        return Stream.of(
                new TypedException("InvalidPartyException", InvalidPartyException::new, InvalidPartyException::new,
                        e -> ((InvalidPartyException) e).getType(),
                        InvalidPartyException.DESTINATION_PARTY, InvalidPartyException.UNKNOWN_PARTY),
                new TypedException("PrivilegeViolationException", PrivilegeViolationException::new,
                        PrivilegeViolationException::new, e -> ((PrivilegeViolationException) e).getType(),
                        PrivilegeViolationException.ORIGINATOR_VIOLATION,
                        PrivilegeViolationException.DESTINATION_VIOLATION),
                new TypedException("ResourceUnavailableException", ResourceUnavailableException::new,
                        ResourceUnavailableException::new, e -> ((ResourceUnavailableException) e).getType(),
                        ResourceUnavailableException.NO_DIALTONE,
                        ResourceUnavailableException.OBSERVER_LIMIT_EXCEEDED));
    }

    @ParameterizedTest
    @MethodSource("typedExceptions")
    void typedExceptionsKeepTheirTypeAndMessage(TypedException exception) {
        Exception plain = exception.withType().apply(exception.firstType());
        Exception detailed = exception.withTypeAndMessage().apply(exception.secondType(), MESSAGE);

        assertAll(
                () -> assertEquals(exception.firstType(), exception.type().applyAsInt(plain)),
                () -> assertNull(plain.getMessage()),
                () -> assertEquals(exception.secondType(), exception.type().applyAsInt(detailed)),
                () -> assertEquals(MESSAGE, detailed.getMessage()));
    }

    @Test
    void invalidStateExceptionKeepsObjectTypeAndState() {
        Object call = new Object();
        Object provider = new Object();
        InvalidStateException plain = new InvalidStateException(call, InvalidStateException.CALL_OBJECT, Call.INVALID);
        InvalidStateException detailed = new InvalidStateException(provider, InvalidStateException.PROVIDER_OBJECT,
                Provider.OUT_OF_SERVICE, MESSAGE);

        assertAll(
                () -> assertSame(call, plain.getObject()),
                () -> assertEquals(InvalidStateException.CALL_OBJECT, plain.getObjectType()),
                () -> assertEquals(Call.INVALID, plain.getState()),
                () -> assertNull(plain.getMessage()),
                () -> assertSame(provider, detailed.getObject()),
                () -> assertEquals(InvalidStateException.PROVIDER_OBJECT, detailed.getObjectType()),
                () -> assertEquals(Provider.OUT_OF_SERVICE, detailed.getState()),
                () -> assertEquals(MESSAGE, detailed.getMessage()));
    }

    @Test
    void providerUnavailableExceptionKeepsItsReasonAndDefaultsToUnknown() {
        ProviderUnavailableException plain = new ProviderUnavailableException();
        ProviderUnavailableException withReason =
                new ProviderUnavailableException(ProviderUnavailableException.CAUSE_NOT_IN_SERVICE);
        ProviderUnavailableException withBoth =
                new ProviderUnavailableException(ProviderUnavailableException.CAUSE_INVALID_ARGUMENT, MESSAGE);
        ProviderUnavailableException withMessage = new ProviderUnavailableException(MESSAGE);

        assertAll(
                () -> assertEquals(ProviderUnavailableException.CAUSE_UNKNOWN, plain.getReason()),
                () -> assertNull(plain.getMessage()),
                () -> assertEquals(ProviderUnavailableException.CAUSE_NOT_IN_SERVICE, withReason.getReason()),
                () -> assertNull(withReason.getMessage()),
                () -> assertEquals(ProviderUnavailableException.CAUSE_INVALID_ARGUMENT, withBoth.getReason()),
                () -> assertEquals(MESSAGE, withBoth.getMessage()),
                () -> assertEquals(ProviderUnavailableException.CAUSE_UNKNOWN, withMessage.getReason()),
                () -> assertEquals(MESSAGE, withMessage.getMessage()));
    }

    @Test
    void callControlForwardingConstructorsYieldTheDocumentedTypeFilterAndCaller() {
        CallControlForwarding always = new CallControlForwarding("2000");
        CallControlForwarding onBusy = new CallControlForwarding("2001", CallControlForwarding.FORWARD_ON_BUSY);
        CallControlForwarding oneCaller =
                new CallControlForwarding("2002", CallControlForwarding.FORWARD_ON_NOANSWER, "3000");
        CallControlForwarding internal =
                new CallControlForwarding("2003", CallControlForwarding.FORWARD_ON_BUSY, true);
        CallControlForwarding external =
                new CallControlForwarding("2004", CallControlForwarding.FORWARD_UNCONDITIONALLY, false);

        assertAll(
                () -> assertForwarding(always, "2000", CallControlForwarding.FORWARD_UNCONDITIONALLY,
                        CallControlForwarding.ALL_CALLS, null),
                () -> assertForwarding(onBusy, "2001", CallControlForwarding.FORWARD_ON_BUSY,
                        CallControlForwarding.ALL_CALLS, null),
                () -> assertForwarding(oneCaller, "2002", CallControlForwarding.FORWARD_ON_NOANSWER,
                        CallControlForwarding.SPECIFIC_ADDRESS, "3000"),
                () -> assertForwarding(internal, "2003", CallControlForwarding.FORWARD_ON_BUSY,
                        CallControlForwarding.INTERNAL_CALLS, null),
                () -> assertForwarding(external, "2004", CallControlForwarding.FORWARD_UNCONDITIONALLY,
                        CallControlForwarding.EXTERNAL_CALLS, null));
    }

    private static void assertForwarding(CallControlForwarding forwarding, String destination, int type, int filter,
            String specificCaller) {
        assertEquals(destination, forwarding.getDestinationAddress(), "destination");
        assertEquals(type, forwarding.getType(), "type");
        assertEquals(filter, forwarding.getFilter(), "filter");
        assertEquals(specificCaller, forwarding.getSpecificCaller(), "specific caller");
    }
}
