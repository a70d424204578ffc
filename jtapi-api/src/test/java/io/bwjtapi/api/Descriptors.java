package io.bwjtapi.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** JVM descriptors, from Java source type names and from reflection, for comparing members by linkage. */
final class Descriptors {
    private static final Map<String, String> PRIMITIVES = Map.of("void", "V", "boolean", "Z", "byte", "B",
            "char", "C", "short", "S", "int", "I", "long", "J", "float", "F", "double", "D");

    private Descriptors() {
    }

    /** The descriptor of a type written as in Java source, for example {@code javax.telephony.Call[]}. */
    static String of(String javaTypeName) {
        if (javaTypeName.endsWith("[]")) {
            return "[" + of(javaTypeName.substring(0, javaTypeName.length() - 2));
        }
        String primitive = PRIMITIVES.get(javaTypeName);
        return primitive != null ? primitive : "L" + javaTypeName.replace('.', '/') + ";";
    }

    /** The name and descriptor of a field, as {@link ApiListing.Member#key()} writes them. */
    static String key(Field field) {
        return field.getName() + ":" + field.getType().descriptorString();
    }

    /** The name and descriptor of a method or constructor, as {@link ApiListing.Member#key()} writes them. */
    static String key(Executable executable) {
        String parameters = Arrays.stream(executable.getParameterTypes())
                .map(Class::descriptorString).collect(Collectors.joining());
        if (executable instanceof Constructor<?>) {
            return "<init>(" + parameters + ")V";
        }
        return executable.getName() + "(" + parameters + ")" + ((Method) executable).getReturnType().descriptorString();
    }
}
