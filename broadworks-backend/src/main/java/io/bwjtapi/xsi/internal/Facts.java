package io.bwjtapi.xsi.internal;

import io.bwjtapi.xsi.XsiLifecycleListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fans each fact out to every registered lifecycle listener, isolating listeners that throw. */
public final class Facts {
    private static final Logger LOG = LoggerFactory.getLogger(Facts.class);

    private final List<XsiLifecycleListener> listeners = new CopyOnWriteArrayList<>();

    /** @param listener a listener to add */
    public void add(XsiLifecycleListener listener) {
        listeners.add(listener);
    }

    /** @param listener a listener to remove */
    public void remove(XsiLifecycleListener listener) {
        listeners.remove(listener);
    }

    /**
     * Reports a fact to every listener.
     *
     * @param fact calls the listener method for the fact
     */
    public void fire(Consumer<XsiLifecycleListener> fact) {
        for (XsiLifecycleListener listener : listeners) {
            try {
                fact.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("Lifecycle listener {} threw; ignored", listener, e);
            }
        }
    }
}
