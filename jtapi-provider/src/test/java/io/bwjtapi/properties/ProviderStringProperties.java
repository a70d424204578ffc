package io.bwjtapi.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.bwjtapi.config.ConfigKey;
import io.bwjtapi.config.ProviderConfig;
import io.bwjtapi.config.ProviderStringParser;
import java.util.List;
import java.util.Properties;
import javax.telephony.ProviderUnavailableException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a provider string looks like, parsing it either works or names the problem, never the password. */
class ProviderStringProperties {
    @Property(tries = 300)
    void thePasswordNeverAppearsInAnErrorOrInTheConfiguration(@ForAll("passwords") String password,
            @ForAll("arguments") List<String> arguments) {
        StringBuilder s = new StringBuilder("xsp1.example.com;login=app;passwd=" + password);
        for (String argument : arguments) {
            s.append(';').append(argument.replace("$PASSWORD", password));
        }
        try {
            ProviderConfig config = new ProviderStringParser(new Properties()).parse(s.toString());
            assertFalse(config.toString().contains(password), config.toString());
            assertFalse(config.providerName().contains(password));
        } catch (ProviderUnavailableException e) {
            assertFalse(e.getMessage().contains(password), e.getMessage());
            assertEquals(ProviderUnavailableException.CAUSE_INVALID_ARGUMENT, e.getReason());
        }
    }

    @Provide
    Arbitrary<String> passwords() {
        return Arbitraries.strings().withChars("abcXYZ0123456789!#%&=+-_.,:@ ").ofMinLength(8).ofMaxLength(20)
                .filter(p -> !p.trim().isEmpty() && p.trim().equals(p)).map(p -> "Pw" + p + "9");
    }

    @Provide
    Arbitrary<List<String>> arguments() {
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of(ConfigKey.values()).map(ConfigKey::key),
                Arbitraries.of("passwd", "pwd", "pass word", "", "config"));
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of("true", "nope", "10s", "-1", "0", "$PASSWORD",
                "x$PASSWORD", "cisco", "clear-calls", "4", ""), Arbitraries.strings().alpha().ofMaxLength(6));
        Arbitrary<String> argument = Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(key, value).as((k, v) -> k + "=" + v),
                Arbitraries.of("$PASSWORD", "passwd$PASSWORD", "==", "  "));
        return argument.list().ofMaxSize(4);
    }
}
