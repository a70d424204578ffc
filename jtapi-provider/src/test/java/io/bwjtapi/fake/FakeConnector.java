package io.bwjtapi.fake;

import io.bwjtapi.config.ProviderConfig;
import io.bwjtapi.provider.spi.SwitchCommands;
import io.bwjtapi.provider.spi.SwitchConnectException;
import io.bwjtapi.provider.spi.SwitchConnector;
import io.bwjtapi.provider.spi.SwitchEventSink;

/** The connector of the fake switches, found through {@code META-INF/services} under the name {@code fake}. */
public final class FakeConnector implements SwitchConnector {
    @Override
    public String name() {
        return "fake";
    }

    @Override
    public SwitchCommands connect(ProviderConfig config, SwitchEventSink sink) throws SwitchConnectException {
        FakeSwitch fake = FakeSwitch.lookup(config.service());
        if (fake == null) {
            throw new SwitchConnectException(SwitchConnectException.Reason.UNREACHABLE, "no fake switch named "
                    + config.service(), null);
        }
        return fake.connect(sink);
    }
}
