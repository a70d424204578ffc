package io.bwjtapi.samples.monitor;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names of JTAPI events and constants found by reflection on the interfaces an event implements, so that the
 * monitor can name events it has never heard of, such as a vendor's extension events.
 */
public final class EventNames {
    /** Names already looked up, by event class, kind and value: reflection runs once per combination. */
    private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();

    private EventNames() {
    }

    /**
     * @param event an observer event ({@code Ev})
     * @param id its {@code getID()}
     * @return the simple name of the most specific interface whose {@code ID} constant is {@code id}, e.g.
     *     {@code ConnConnectedEv}, or {@code Ev#<id>}
     */
    public static String observerEvent(Object event, int id) {
        return KNOWN.computeIfAbsent(event.getClass().getName() + "#ID#" + id, k -> findEvent(event, id));
    }

    private static String findEvent(Object event, int id) {
        for (Class<?> type : interfacesOf(event)) {
            if (constantValue(type, "ID") == id) {
                return type.getSimpleName();
            }
        }
        return "Ev#" + id;
    }

    /**
     * @param event an event
     * @param prefix a constant prefix such as {@code CAUSE_} or {@code META_}
     * @param value the value to name
     * @return the constant's name without the prefix, e.g. {@code SNAPSHOT}, or the number
     */
    public static String constant(Object event, String prefix, int value) {
        return KNOWN.computeIfAbsent(event.getClass().getName() + "#" + prefix + "#" + value,
                k -> findConstant(event, prefix, value));
    }

    private static String findConstant(Object event, String prefix, int value) {
        for (Class<?> type : interfacesOf(event)) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getName().startsWith(prefix) && constantValue(type, field.getName()) == value) {
                    return field.getName().substring(prefix.length());
                }
            }
        }
        return String.valueOf(value);
    }

    /** The interfaces of the event's class, most specific first (breadth first). */
    private static Iterable<Class<?>> interfacesOf(Object event) {
        Deque<Class<?>> todo = new ArrayDeque<>();
        for (Class<?> c = event.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> direct : c.getInterfaces()) {
                todo.add(direct);
            }
        }
        Set<Class<?>> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            Class<?> type = todo.poll();
            if (seen.add(type)) {
                for (Class<?> parent : type.getInterfaces()) {
                    todo.add(parent);
                }
            }
        }
        return seen;
    }

    private static long constantValue(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                return field.getInt(null);
            }
        } catch (NoSuchFieldException | IllegalAccessException e) {
            // not a constant of this interface
        }
        return Long.MIN_VALUE;
    }
}
