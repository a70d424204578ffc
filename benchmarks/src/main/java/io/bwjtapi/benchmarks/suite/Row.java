package io.bwjtapi.benchmarks.suite;

import io.bwjtapi.benchmarks.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of the results: a measure, what was measured for it (if anything) and the verdict.
 *
 * @param measure the measure
 * @param result the result, or {@code null} when it is missing
 * @param verdict the verdict
 * @param size the size it was measured at (or was to be), 0 when the measure has none
 */
public record Row(Measure measure, Result result, Verdict verdict, int size) {

    /** @return the measure's title at its size */
    public String title() {
        return measure.title(size);
    }

    /**
     * Pairs the measures of the groups that ran with the results; the last result of an id wins, and a result
     * with an id the catalog does not know gets a row of its own (no unit, no target).
     *
     * @param options the run's options (groups and scale)
     * @param results everything the programs reported
     * @return the rows, in catalog order, unknown results last
     */
    public static List<Row> of(SuiteOptions options, List<Result> results) {
        Map<String, Result> byId = new LinkedHashMap<>();
        results.forEach(r -> byId.put(r.id(), r));
        List<Row> rows = new ArrayList<>();
        for (Measure measure : Catalog.measures()) {
            if (options.groups().contains(measure.group())) {
                Result result = byId.remove(measure.id());
                int planned = measure.size() == 0 ? 0 : options.size(measure.size());
                rows.add(result == null ? new Row(measure, null, Verdict.MISSING, planned)
                        : new Row(measure, result, measure.judge(result.value()), result.size()));
            }
        }
        byId.values().forEach(r -> rows.add(new Row(new Measure(r.id(), "?", r.id(), "", null), r, Verdict.INFO,
                r.size())));
        return rows;
    }
}
