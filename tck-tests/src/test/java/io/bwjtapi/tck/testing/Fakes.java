package io.bwjtapi.tck.testing;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Stand-ins for JTAPI objects and events in the kit's own tests: a proxy of the given interfaces whose
 * methods answer by name. Unanswered methods throw, so a test notices what the code under test reads.
 */
public final class Fakes {
    private Fakes() {
    }

    /** Starts a fake implementing {@code types}. */
    public static Builder of(Class<?>... types) {
        return new Builder(types);
    }

    /** Collects the answers of a fake. */
    public static final class Builder {
        private final Class<?>[] types;
        private final Map<String, Supplier<Object>> answers = new HashMap<>();

        private Builder(Class<?>[] types) {
            this.types = types;
        }

        /** {@code method()} returns {@code value}. */
        public Builder answer(String method, Object value) {
            answers.put(method, () -> value);
            return this;
        }

        /** {@code method()} returns what {@code supplier} gives at the time of the call. */
        public Builder answerWith(String method, Supplier<Object> supplier) {
            answers.put(method, supplier);
            return this;
        }

        @SuppressWarnings("unchecked")
        public <T> T build() {
            String name = types[0].getSimpleName();
            return (T) Proxy.newProxyInstance(Fakes.class.getClassLoader(), types, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "equals": return proxy == args[0];
                    case "hashCode": return System.identityHashCode(proxy);
                    case "toString": return "fake " + name;
                    default:
                        Supplier<Object> answer = answers.get(method.getName());
                        if (answer == null) {
                            throw new UnsupportedOperationException("fake " + name + " has no " + method.getName());
                        }
                        return answer.get();
                }
            });
        }
    }
}
