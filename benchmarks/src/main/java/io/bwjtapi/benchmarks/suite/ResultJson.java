package io.bwjtapi.benchmarks.suite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a run as JSON: when and where it ran, with which options, and one object per row. */
final class ResultJson {
    private ResultJson() {
    }

    static void write(Path file, Map<String, Object> run, List<Row> rows) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>(run);
        List<Map<String, Object>> results = new ArrayList<>();
        Map<Verdict, Integer> summary = new EnumMap<>(Verdict.class);
        for (Row row : rows) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", row.measure().id());
            r.put("group", row.measure().group());
            r.put("measure", row.title());
            r.put("value", row.result() == null ? null : row.result().value());
            r.put("unit", row.measure().unit());
            r.put("size", row.result() == null || row.result().size() == 0 ? null : row.result().size());
            r.put("target", row.measure().target() == null ? null : row.measure().target().describe());
            r.put("verdict", row.verdict().name());
            r.put("detail", row.result() == null ? "" : row.result().detail());
            results.add(r);
            summary.merge(row.verdict(), 1, Integer::sum);
        }
        document.put("summary", summary);
        document.put("results", results);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
    }
}
