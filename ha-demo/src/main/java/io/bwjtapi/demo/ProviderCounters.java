package io.bwjtapi.demo;

import io.bwjtapi.demo.scenario.ProviderJmx;
import java.util.ArrayList;
import java.util.List;
import javax.telephony.Provider;

/** The provider's own counters, read from its MBean as an operator would, for the end of the report. */
final class ProviderCounters {
    private ProviderCounters() {
    }

    /** @return the MBean's name and one {@code Attribute: value} line each; empty when the provider has no MBean */
    static List<String> of(Provider provider) {
        List<String> lines = new ArrayList<>();
        ProviderJmx.of(provider.getName()).ifPresent(jmx -> {
            lines.add("MBean " + jmx.name());
            lines.addAll(jmx.attributes());
        });
        return lines;
    }
}
