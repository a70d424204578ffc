package io.bwjtapi.provider.spi;

import io.bwjtapi.config.ProviderConfig;

/**
 * Opens sessions with a switch: the factory through which {@code io.bwjtapi.BwJtapiPeer} obtains what sits
 * behind the JTAPI layer.
 * <p>
 * Connectors are found with {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/io.bwjtapi.provider.spi.SwitchConnector} file) and chosen by
 * {@link #name()} through the provider string key {@code connector} (default {@code broadworks}). An
 * implementation needs a public no-argument constructor and must be safe to use from several threads.
 */
public interface SwitchConnector {
    /**
     * Returns the name applications select this connector with ({@code connector=<name>}).
     *
     * @return the name, for example {@code broadworks}
     */
    String name();

    /**
     * Opens a session for one provider. Called on the application's thread inside
     * {@code JtapiPeer.getProvider}; it may block while it reaches the switch, trying each server once.
     * <p>
     * It returns as soon as one server has accepted the login. From then on the connector reports through
     * {@code sink}, from any thread but one fact at a time in order: first the devices
     * ({@link SwitchEventSink#devicesAdded}), then, once every device is subscribed and its calls are known,
     * {@link SwitchEventSink#connectionRestored}, which brings the provider in service. Until that first
     * report the provider is out of service.
     *
     * @param config the validated provider configuration (servers, credentials, timeouts, ...)
     * @param sink where to report facts; valid until the session is closed
     * @return the command side of the session
     * @throws SwitchConnectException if no server answered, the login was refused or the configuration
     *     cannot work
     */
    SwitchCommands connect(ProviderConfig config, SwitchEventSink sink) throws SwitchConnectException;
}
