package io.bwjtapi.benchmarks.suite;

/**
 * One number the suite reports.
 *
 * @param id the id measurement programs report it under
 * @param group the group that measures it (what {@code --only} selects)
 * @param title the name in the table; {@code {size}} is replaced by the size it was measured at
 * @param unit the unit of the value and of the target
 * @param target the target from the issues, or {@code null} when there is none
 * @param size the size it is measured at in a full run (addresses, users), 0 when it has none
 */
public record Measure(String id, String group, String title, String unit, Target target, int size) {

    /** A measure without a size. */
    public Measure(String id, String group, String title, String unit, Target target) {
        this(id, group, title, unit, target, 0);
    }

    /** @param actual the size of a result, 0 for none @return the title for that size */
    public String title(int actual) {
        return title.replace("{size}", actual > 0 ? String.format(java.util.Locale.ROOT, "%,d", actual) : "n");
    }

    /** @param value a measured value @return PASS or FAIL against the target, INFO without one */
    public Verdict judge(double value) {
        if (target == null) {
            return Verdict.INFO;
        }
        return target.metBy(value) ? Verdict.PASS : Verdict.FAIL;
    }
}
