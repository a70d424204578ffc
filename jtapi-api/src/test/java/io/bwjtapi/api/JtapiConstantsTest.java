package io.bwjtapi.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.testsupport.SharedReference;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every JTAPI 1.4 constant has the vendors' value. Applications inline these values when they compile,
 * so a different value would silently change their behaviour against our jar.
 */
class JtapiConstantsTest {
    /** Lines in {@code jtapi-1.4-constants.tsv}: 380 {@code int} constants and one {@code String}. */
    private static final int EXPECTED_CONSTANTS = 381;

    @Test
    void everyConstantExistsWithTheVendorsTypeAndValue() throws Exception {
        Path tsv = SharedReference.require("jtapi-api/jtapi-1.4-constants.tsv");
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            checked++;
            String problem = check(line.split("\t", -1));
            if (problem != null) {
                mismatches.add(problem + "   [" + line.replace('\t', ' ') + "]");
            }
        }

        assertEquals(EXPECTED_CONSTANTS, checked, "constant lines read from " + tsv);
        assertTrue(mismatches.isEmpty(),
                mismatches.size() + " of " + checked + " constants differ:\n" + String.join("\n", mismatches));
        System.out.println(checked + " JTAPI constants verified");
    }

    /** Returns what is wrong with one {@code FQN NAME TYPE VALUE} line, or null when the field matches. */
    private static String check(String[] columns) {
        if (columns.length != 4) {
            return "malformed line: expected 4 tab-separated columns, found " + columns.length;
        }
        String owner = columns[0];
        String name = columns[1];
        String type = columns[2];
        Object expected = JavaLiterals.parse(columns[3], type);
        Field field;
        try {
            field = Class.forName(owner, false, JtapiConstantsTest.class.getClassLoader()).getDeclaredField(name);
        } catch (ClassNotFoundException e) {
            return "type " + owner + " is missing";
        } catch (NoSuchFieldException e) {
            return "field " + owner + "." + name + " is missing";
        }
        int required = Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL;
        if ((field.getModifiers() & required) != required) {
            return owner + "." + name + " is " + Modifier.toString(field.getModifiers()) + ", not public static final";
        }
        if (!field.getType().getName().equals(type)) {
            return owner + "." + name + " has type " + field.getType().getName() + ", not " + type;
        }
        Object actual;
        try {
            actual = field.get(null);
        } catch (IllegalAccessException e) {
            return owner + "." + name + " cannot be read: " + e.getMessage();
        }
        return expected.equals(actual) ? null : owner + "." + name + " = " + actual + ", not " + expected;
    }
}
