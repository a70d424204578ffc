package io.bwjtapi.simulator.core;

import io.bwjtapi.simulator.EmittedDocument;
import io.bwjtapi.simulator.RecordedRequest;
import io.bwjtapi.simulator.SimulatorListener;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the most recent requests and emitted documents (bounded: the oldest go first) and passes them to the
 * registered listeners. Thread-safe.
 */
public final class Recorder {
    private static final Logger LOG = LoggerFactory.getLogger(Recorder.class);

    private final int limit;
    private final Deque<RecordedRequest> requests = new ArrayDeque<>();
    private final Deque<EmittedDocument> documents = new ArrayDeque<>();
    private final List<SimulatorListener> listeners = new CopyOnWriteArrayList<>();
    private long droppedRequests;
    private long droppedDocuments;

    public Recorder(int limit) {
        this.limit = limit;
    }

    public void request(RecordedRequest request) {
        synchronized (requests) {
            if (limit > 0) {
                if (requests.size() == limit) {
                    requests.removeFirst();
                    droppedRequests++;
                }
                requests.addLast(request);
            }
        }
        notifyListeners(l -> l.requestReceived(request));
    }

    public void document(EmittedDocument document) {
        synchronized (documents) {
            if (limit > 0) {
                if (documents.size() == limit) {
                    documents.removeFirst();
                    droppedDocuments++;
                }
                documents.addLast(document);
            }
        }
        notifyListeners(l -> l.documentEmitted(document));
    }

    public List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<EmittedDocument> documents() {
        synchronized (documents) {
            return List.copyOf(documents);
        }
    }

    /** Forgets everything recorded so far. */
    public void clear() {
        synchronized (requests) {
            requests.clear();
        }
        synchronized (documents) {
            documents.clear();
        }
    }

    /** How many recordings were discarded because the limit was reached. */
    public long dropped() {
        synchronized (requests) {
            synchronized (documents) {
                return droppedRequests + droppedDocuments;
            }
        }
    }

    public void addListener(SimulatorListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SimulatorListener listener) {
        listeners.remove(listener);
    }

    /** Calls every listener, isolating one that throws. */
    public void notifyListeners(Consumer<SimulatorListener> call) {
        for (SimulatorListener listener : new ArrayList<>(listeners)) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("a simulator listener threw; ignored", e);
            }
        }
    }
}
