package io.bwjtapi.provider.internal;

import io.bwjtapi.provider.spi.SwitchCommandException;
import java.util.Arrays;
import java.util.List;
import javax.telephony.PlatformException;

/**
 * A call-control request that did not succeed: refused by the switch, timed out, or its post-condition became
 * impossible. {@code rethrow} throws it as one of the exceptions the calling JTAPI method declares (mapped by
 * {@link JtapiExceptions}), or returns a {@link PlatformException} to throw when none fits.
 */
public final class CommandFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Exception ready;
    private final transient SwitchCommandException refusal;
    private final String operation;
    private final transient Object target;
    private final int objectType;
    private final int state;

    private CommandFailure(Exception ready, SwitchCommandException refusal, String operation, Object target,
            int objectType, int state) {
        super(operation, ready != null ? ready : refusal, false, false);
        this.ready = ready;
        this.refusal = refusal;
        this.operation = operation;
        this.target = target;
        this.objectType = objectType;
        this.state = state;
    }

    static CommandFailure refused(SwitchCommandException refusal, String operation, Object target, int objectType,
            int state) {
        return new CommandFailure(null, refusal, operation, target, objectType, state);
    }

    static CommandFailure of(Exception exception) {
        return new CommandFailure(exception, null, "", null, 0, 0);
    }

    /**
     * Throws the failure as one of four declared exceptions.
     *
     * @param <A> a declared exception
     * @param <B> a declared exception
     * @param <C> a declared exception
     * @param <D> a declared exception
     * @param a a declared exception class
     * @param b a declared exception class
     * @param c a declared exception class
     * @param d a declared exception class
     * @return a {@link PlatformException} to throw when none of them fits
     * @throws A when the failure maps to it
     * @throws B when the failure maps to it
     * @throws C when the failure maps to it
     * @throws D when the failure maps to it
     */
    public <A extends Exception, B extends Exception, C extends Exception, D extends Exception> PlatformException
            rethrow(Class<A> a, Class<B> b, Class<C> c, Class<D> d) throws A, B, C, D {
        return rethrow(a, b, c, d, d, d);
    }

    /**
     * Throws the failure as one of five declared exceptions.
     *
     * @param <A> a declared exception
     * @param <B> a declared exception
     * @param <C> a declared exception
     * @param <D> a declared exception
     * @param <E> a declared exception
     * @param a a declared exception class
     * @param b a declared exception class
     * @param c a declared exception class
     * @param d a declared exception class
     * @param e a declared exception class
     * @return a {@link PlatformException} to throw when none of them fits
     * @throws A when the failure maps to it
     * @throws B when the failure maps to it
     * @throws C when the failure maps to it
     * @throws D when the failure maps to it
     * @throws E when the failure maps to it
     */
    public <A extends Exception, B extends Exception, C extends Exception, D extends Exception, E extends Exception>
            PlatformException rethrow(Class<A> a, Class<B> b, Class<C> c, Class<D> d, Class<E> e)
            throws A, B, C, D, E {
        return rethrow(a, b, c, d, e, e);
    }

    /**
     * Throws the failure as one of six declared exceptions.
     *
     * @param <A> a declared exception
     * @param <B> a declared exception
     * @param <C> a declared exception
     * @param <D> a declared exception
     * @param <E> a declared exception
     * @param <F> a declared exception
     * @param a a declared exception class
     * @param b a declared exception class
     * @param c a declared exception class
     * @param d a declared exception class
     * @param e a declared exception class
     * @param f a declared exception class
     * @return a {@link PlatformException} to throw when none of them fits
     * @throws A when the failure maps to it
     * @throws B when the failure maps to it
     * @throws C when the failure maps to it
     * @throws D when the failure maps to it
     * @throws E when the failure maps to it
     * @throws F when the failure maps to it
     */
    public <A extends Exception, B extends Exception, C extends Exception, D extends Exception, E extends Exception,
            F extends Exception> PlatformException rethrow(Class<A> a, Class<B> b, Class<C> c, Class<D> d, Class<E> e,
            Class<F> f) throws A, B, C, D, E, F {
        List<Class<?>> declared = Arrays.asList(a, b, c, d, e, f);
        Exception mapped = ready != null ? ready
                : JtapiExceptions.map(refusal, operation, target, objectType, state, declared);
        throwIf(mapped, a);
        throwIf(mapped, b);
        throwIf(mapped, c);
        throwIf(mapped, d);
        throwIf(mapped, e);
        throwIf(mapped, f);
        if (mapped instanceof PlatformException) {
            return (PlatformException) mapped;
        }
        PlatformException platform = new PlatformException(mapped.getMessage());
        platform.initCause(mapped);
        return platform;
    }

    private static <X extends Exception> void throwIf(Exception mapped, Class<X> type) throws X {
        if (type.isInstance(mapped)) {
            throw type.cast(mapped);
        }
    }
}
