package io.bwjtapi.xsi.internal.http;

import io.bwjtapi.xsi.XsiClientConfig;
import io.bwjtapi.xsi.XsiException;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the client TLS context from the configuration and TLS handlers that verify the XSP's host name. */
public final class TlsContexts {
    private static final Logger LOG = LoggerFactory.getLogger(TlsContexts.class);

    private final SslContext context;
    private final boolean verifyHostname;
    private final long handshakeTimeoutMillis;

    private TlsContexts(SslContext context, boolean verifyHostname, long handshakeTimeoutMillis) {
        this.context = context;
        this.verifyHostname = verifyHostname;
        this.handshakeTimeoutMillis = handshakeTimeoutMillis;
    }

    /**
     * Builds the TLS context: the configured trust store or the JVM's default trust.
     *
     * @param config the client configuration
     * @return the contexts
     * @throws XsiException when the trust store cannot be read
     */
    public static TlsContexts create(XsiClientConfig config) {
        try {
            SslContextBuilder builder = SslContextBuilder.forClient();
            if (config.trustStore().isPresent()) {
                builder.trustManager(trustManagers(config));
            }
            if (!config.hostnameVerification()) {
                LOG.warn("TLS host name verification of XSP certificates is OFF (explicitly configured); "
                        + "use this only on test systems");
            }
            return new TlsContexts(builder.build(), config.hostnameVerification(), config.connectTimeout().toMillis());
        } catch (SSLException e) {
            throw new XsiException("cannot build the TLS context: " + e.getMessage(), e);
        }
    }

    private static TrustManagerFactory trustManagers(XsiClientConfig config) {
        char[] password = config.trustStorePassword();
        try (InputStream in = Files.newInputStream(config.trustStore().get())) {
            KeyStore store = KeyStore.getInstance(config.trustStoreType());
            store.load(in, password);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory;
        } catch (IOException | GeneralSecurityException e) {
            // The message names the file, never the password.
            throw new XsiException("cannot load the trust store " + config.trustStore().get() + ": " + e.getMessage(), e);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * Creates a TLS handler for one connection to a host.
     *
     * @param alloc the channel's allocator
     * @param host the XSP's host name (SNI and, unless disabled, certificate name check)
     * @param port the port
     * @return the handler
     */
    public SslHandler newHandler(ByteBufAllocator alloc, String host, int port) {
        SslHandler handler = context.newHandler(alloc, host, port);
        handler.setHandshakeTimeoutMillis(handshakeTimeoutMillis);
        SSLEngine engine = handler.engine();
        SSLParameters parameters = engine.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm(verifyHostname ? "HTTPS" : null);
        engine.setSSLParameters(parameters);
        return handler;
    }
}
