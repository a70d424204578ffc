package io.bwjtapi.demo.report;

import java.util.Locale;

/** A small SVG writer: shapes with an optional tooltip, on a time axis from 0 to the end of the demo. */
final class Svg {
    static final int WIDTH = 1000;
    static final int LEFT = 90;
    static final int RIGHT = 12;

    private final StringBuilder b = new StringBuilder();
    private final long end;

    /**
     * @param height the drawing's height in pixels
     * @param end the last millisecond shown
     * @param label what the drawing shows, for screen readers
     */
    Svg(int height, long end, String label) {
        this.end = Math.max(1, end);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(label)).append("\">\n");
    }

    /** @return the x coordinate of a time */
    double x(long millis) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) Math.min(Math.max(millis, 0), end) / end;
    }

    Svg rect(double x, double y, double w, double h, String cssClass, String tooltip) {
        b.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(Math.max(w, 1))).append("\" height=\"").append(n(h)).append("\" class=\"").append(cssClass)
                .append('"');
        return close("rect", tooltip);
    }

    Svg span(long from, long to, double y, double h, String cssClass, String tooltip) {
        return rect(x(from), y, x(to) - x(from), h, cssClass, tooltip);
    }

    Svg line(double x1, double y1, double x2, double y2, String cssClass, String tooltip) {
        b.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" class=\"").append(cssClass).append('"');
        return close("line", tooltip);
    }

    Svg text(double x, double y, String cssClass, String text) {
        b.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" class=\"").append(cssClass)
                .append("\">").append(Html.escape(text)).append("</text>\n");
        return this;
    }

    /** A diamond centred on (x, y). */
    Svg diamond(double x, double y, double r, String cssClass, String tooltip) {
        b.append("<polygon points=\"").append(n(x)).append(',').append(n(y - r)).append(' ').append(n(x + r))
                .append(',').append(n(y)).append(' ').append(n(x)).append(',').append(n(y + r)).append(' ')
                .append(n(x - r)).append(',').append(n(y)).append("\" class=\"").append(cssClass).append('"');
        return close("polygon", tooltip);
    }

    /** A cross centred on (x, y). */
    Svg cross(double x, double y, double r, String cssClass, String tooltip) {
        b.append("<path d=\"M").append(n(x - r)).append(' ').append(n(y - r)).append(" L").append(n(x + r))
                .append(' ').append(n(y + r)).append(" M").append(n(x - r)).append(' ').append(n(y + r)).append(" L")
                .append(n(x + r)).append(' ').append(n(y - r)).append("\" class=\"").append(cssClass).append('"');
        return close("path", tooltip);
    }

    /** Vertical grid lines with second labels every {@code stepSeconds}. */
    Svg grid(double top, double bottom, boolean labels) {
        long step = end > 120_000 ? 30_000 : end > 40_000 ? 10_000 : 5_000;
        for (long t = 0; t <= end; t += step) {
            line(x(t), top, x(t), bottom, "grid", null);
            if (labels) {
                text(x(t) - 6, bottom + 11, "tick", (t / 1000) + " s");
            }
        }
        return this;
    }

    private Svg close(String element, String tooltip) {
        if (tooltip == null) {
            b.append("/>\n");
        } else {
            b.append("><title>").append(Html.escape(tooltip)).append("</title></").append(element).append(">\n");
        }
        return this;
    }

    @Override
    public String toString() {
        return b + "</svg>\n";
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
