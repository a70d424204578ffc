package io.bwjtapi.broadworks.support;

import io.bwjtapi.ext.BwCall;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.telephony.Call;
import javax.telephony.events.AddrEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.ConnEv;
import javax.telephony.events.Ev;
import javax.telephony.events.TermConnEv;
import javax.telephony.events.TermEv;

/**
 * Readable names of JTAPI events for exact-sequence assertions: an observer event by the most specific event
 * interface whose {@code ID} constant it carries, with its call's stable id and its subject, e.g.
 * {@code "call-3: ConnCreatedEv 1001"} or {@code "AddrInServiceEv 1001"}.
 */
public final class EventText {
    private EventText() {
    }

    /** @param ev an observer event @return its description */
    public static String of(Ev ev) {
        String name = name(ev);
        if (ev instanceof TermConnEv) {
            return call(((CallEv) ev).getCall()) + name + " " + ((TermConnEv) ev).getTerminalConnection().getTerminal()
                    .getName();
        }
        if (ev instanceof ConnEv) {
            return call(((CallEv) ev).getCall()) + name + " " + ((ConnEv) ev).getConnection().getAddress().getName();
        }
        if (ev instanceof CallEv) {
            return call(((CallEv) ev).getCall()) + name;
        }
        if (ev instanceof AddrEv) {
            return name + " " + ((AddrEv) ev).getAddress().getName();
        }
        if (ev instanceof TermEv) {
            return name + " " + ((TermEv) ev).getTerminal().getName();
        }
        return name;
    }

    /** @param call a call @return {@code "<stable id>: "} */
    public static String call(Call call) {
        return (call instanceof BwCall ? ((BwCall) call).getCallId() : String.valueOf(call)) + ": ";
    }

    /** The simple name of the event interface that declares the event's ID, searched breadth first. */
    static String name(Ev ev) {
        Deque<Class<?>> todo = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        todo.add(ev.getClass());
        while (!todo.isEmpty()) {
            Class<?> type = todo.poll();
            if (!seen.add(type)) {
                continue;
            }
            if (type.isInterface() && declaresId(type, ev.getID())) {
                return type.getSimpleName();
            }
            for (Class<?> parent : type.getInterfaces()) {
                todo.add(parent);
            }
            if (type.getSuperclass() != null) {
                todo.add(type.getSuperclass());
            }
        }
        return "Ev#" + ev.getID();
    }

    /**
     * @param event a listener event
     * @return the name of the ID constant (not a cause or meta code) its interfaces declare with its ID
     */
    static String name(javax.telephony.Event event) {
        Deque<Class<?>> todo = new ArrayDeque<>();
        for (Class<?> c = event.getClass(); c != null; c = c.getSuperclass()) {
            todo.addAll(java.util.List.of(c.getInterfaces()));
        }
        Set<Class<?>> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Class<?> type = todo.poll();
            if (!seen.add(type)) {
                continue;
            }
            for (Field field : type.getDeclaredFields()) {
                if (isIdConstant(field, event.getID())) {
                    return field.getName();
                }
            }
            todo.addAll(java.util.List.of(type.getInterfaces()));
        }
        return "Event#" + event.getID();
    }

    private static boolean isIdConstant(Field field, int id) {
        try {
            return Modifier.isStatic(field.getModifiers()) && field.getType() == int.class
                    && !field.getName().startsWith("CAUSE_") && !field.getName().startsWith("META_")
                    && !field.getName().equals("ID") && field.getInt(null) == id;
        } catch (IllegalAccessException e) {
            return false;
        }
    }

    private static boolean declaresId(Class<?> type, int id) {
        try {
            Field field = type.getDeclaredField("ID");
            return Modifier.isStatic(field.getModifiers()) && field.getInt(null) == id;
        } catch (NoSuchFieldException | IllegalAccessException e) {
            return false;
        }
    }
}
