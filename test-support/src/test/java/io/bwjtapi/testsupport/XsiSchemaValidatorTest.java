package io.bwjtapi.testsupport;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class XsiSchemaValidatorTest {

    static List<Path> samples() throws IOException {
        Path dir = SharedReference.require("xsi-samples");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyThirdPartySampleIsValid(Path sample) {
        XsiSchemaValidator.assertValid(sample);
    }

    @Test
    void rejectsAnElementTheSchemaDoesNotDefine() {
        SharedReference.require("xsi-schema");
        assertThrows(AssertionError.class, () -> XsiSchemaValidator.assertValid(
                "<Channel xmlns=\"http://schema.broadsoft.com/xsi\"><bogus>1</bogus></Channel>"));
    }

    @Test
    void rejectsChannelElementsOutOfSchemaOrder() {
        SharedReference.require("xsi-schema");
        assertThrows(AssertionError.class, () -> XsiSchemaValidator.assertValid(
                "<Channel xmlns=\"http://schema.broadsoft.com/xsi\"><expires>3600</expires>"
                        + "<channelSetId>set</channelSetId></Channel>"));
    }

    @Test
    void acceptsAChannelRequestInSchemaOrder() {
        XsiSchemaValidator.assertValid("<Channel xmlns=\"http://schema.broadsoft.com/xsi\"><channelSetId>set</channelSetId>"
                + "<priority>1</priority><weight>50</weight><expires>3600</expires></Channel>");
    }
}
