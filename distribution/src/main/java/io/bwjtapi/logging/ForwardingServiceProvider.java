package io.bwjtapi.logging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The only provider of bwjtapi's private (relocated) SLF4J copy in the drop-in jar: it forwards every message to
 * the application's SLF4J when slf4j-api is on the class path, whatever version and binding it has, and
 * otherwise to {@code java.util.logging}. So bwjtapi logs where the application logs, forces no binding on it,
 * never shadows its slf4j-api, and does not fail when there is none.
 */
public final class ForwardingServiceProvider implements SLF4JServiceProvider {
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();
    private volatile ILoggerFactory loggers;

    /** Created by {@link java.util.ServiceLoader}. */
    public ForwardingServiceProvider() {
        // initialised in initialize()
    }

    @Override
    public void initialize() {
        ClassLoader loader = ForwardingServiceProvider.class.getClassLoader();
        LogTarget.Factory targets = ApplicationSlf4j.find(loader);
        if (targets == null) {
            targets = new JdkLogging();
            Logger.getLogger("io.bwjtapi").config("slf4j-api is not on the class path: bwjtapi logs through "
                    + "java.util.logging");
        }
        LogTarget.Factory chosen = targets;
        Map<String, ForwardingLogger> created = new ConcurrentHashMap<>();
        loggers = name -> created.computeIfAbsent(name, n -> new ForwardingLogger(n, chosen.target(n)));
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }
}
