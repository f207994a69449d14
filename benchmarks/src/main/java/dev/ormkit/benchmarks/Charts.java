package dev.ormkit.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * The benchmark charts as SVG text, written by plain string building: three chart shapes need about a hundred
 * lines, less than the configuration a charting library would take, and no dependency to keep current.
 */
public final class Charts {

    /** One row of a ratio chart: the p10, p50 and p90 of time A / time B, and the target (NaN: none). */
    public record Spread(String label, double p10, double p50, double p90, double target) {}

    /** One line of a line chart. */
    public record Series(String name, String color, double[] x, double[] y) {}

    /** One bar of a bar chart. */
    public record Bar(String label, double value) {}

    private static final int LABEL = 430;
    private static final int PLOT = 420;
    private static final String FONT = "font-family=\"sans-serif\" font-size=\"12\"";

    private Charts() {}

    /** Horizontal p10–p90 bars with a dot at p50, a dashed line at 1 and a red tick at each target. */
    public static String ratios(String title, List<Spread> rows) {
        double max = 1.6;
        for (Spread row : rows) {
            max = Math.max(max, Math.max(row.p90(), Double.isNaN(row.target()) ? 0 : row.target()) * 1.1);
        }
        // Past 3.2 the axis is cut, so that one slow comparison does not flatten the others; its bar ends in an arrow.
        max = Math.min(max, 3.2);
        int height = 60 + rows.size() * 28 + 40;
        StringBuilder svg = start(LABEL + PLOT + 60, height, title);
        double scale = PLOT / max;
        for (double tick = 0; tick <= max + 1e-9; tick += max > 4 ? 1 : 0.25) {
            double x = LABEL + tick * scale;
            svg.append(line(x, 45, x, height - 35, tick == 1 ? "#555" : "#ddd", tick == 1 ? "4,3" : null))
                    .append(text(x, height - 20, fmt(tick), "middle", "#333"));
        }
        svg.append(text(LABEL + PLOT / 2.0, height - 5, "time of ormkit's side / time of the peer (lower is faster; p10–p90, dot p50)", "middle", "#333"));
        for (int i = 0; i < rows.size(); i++) {
            Spread row = rows.get(i);
            double y = 60 + i * 28;
            svg.append(text(LABEL - 8, y + 4, row.label(), "end", "#111"))
                    .append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"10\" fill=\"#9ecae1\"/>%n",
                            LABEL + Math.min(row.p10(), max) * scale, y - 5,
                            Math.max(1.5, (Math.min(row.p90(), max) - Math.min(row.p10(), max)) * scale)))
                    .append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#08519c\"/>%n",
                            LABEL + Math.min(row.p50(), max) * scale, y))
                    .append(text(LABEL + Math.min(row.p90(), max) * scale + 6, y + 4,
                            (row.p90() > max ? "→ " : "") + fmt(row.p50()), "start", "#08519c"));
            if (!Double.isNaN(row.target())) {
                double x = LABEL + row.target() * scale;
                svg.append(line(x, y - 9, x, y + 9, "#d62728", null));
            }
        }
        return svg.append(text(LABEL + PLOT - 2, 40, "red tick: target", "end", "#d62728")).append("</svg>\n").toString();
    }

    /** Lines over a logarithmic y axis (milliseconds), x as given (rows skipped). */
    public static String lines(String title, String xLabel, String yLabel, List<Series> series) {
        int width = 640;
        int height = 380;
        int left = 70;
        int top = 45;
        int plotWidth = width - left - 30;
        int plotHeight = height - top - 60;
        double maxX = 1;
        double minY = Double.MAX_VALUE;
        double maxY = 0;
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                maxX = Math.max(maxX, s.x()[i]);
                minY = Math.min(minY, s.y()[i]);
                maxY = Math.max(maxY, s.y()[i]);
            }
        }
        double lowDecade = Math.floor(Math.log10(minY));
        double highDecade = Math.ceil(Math.log10(maxY));
        if (highDecade == lowDecade) {
            highDecade++;
        }
        StringBuilder svg = start(width, height, title);
        for (double decade = lowDecade; decade <= highDecade; decade++) {
            double y = top + plotHeight - (decade - lowDecade) / (highDecade - lowDecade) * plotHeight;
            svg.append(line(left, y, left + plotWidth, y, "#ddd", null))
                    .append(text(left - 6, y + 4, fmt(Math.pow(10, decade)), "end", "#333"));
        }
        for (int i = 0; i <= 4; i++) {
            double x = left + i / 4.0 * plotWidth;
            svg.append(text(x, top + plotHeight + 16, String.format(Locale.ROOT, "%,d", Math.round(maxX * i / 4)), "middle", "#333"));
        }
        svg.append(text(left + plotWidth / 2.0, height - 18, xLabel, "middle", "#333"))
                .append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%d\" %s fill=\"#333\" transform=\"rotate(-90 16 %d)\" text-anchor=\"middle\">%s</text>%n",
                        top + plotHeight / 2, FONT, top + plotHeight / 2, escape(yLabel)));
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < s.x().length; i++) {
                double x = left + s.x()[i] / maxX * plotWidth;
                double y = top + plotHeight - (Math.log10(s.y()[i]) - lowDecade) / (highDecade - lowDecade) * plotHeight;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, s.color()));
            }
            svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    points.toString().trim(), s.color()))
                    .append(text(left + 10, top + 14 + k * 16, "■ " + s.name(), "start", s.color()));
        }
        return svg.append("</svg>\n").toString();
    }

    /** Horizontal bars with their values. */
    public static String bars(String title, String unit, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        int height = 60 + bars.size() * 28 + 20;
        StringBuilder svg = start(LABEL + PLOT + 60, height, title);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = 60 + i * 28;
            double width = Math.max(1.5, bar.value() / max * PLOT);
            svg.append(text(LABEL - 8, y + 4, bar.label(), "end", "#111"))
                    .append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"14\" fill=\"#6baed6\"/>%n",
                            LABEL, y - 7, width))
                    .append(text(LABEL + width + 6, y + 4, fmt(bar.value()) + " " + unit, "start", "#111"));
        }
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder start(int width, int height, String title) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n"
                        + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", width, height, width, height))
                .append(String.format(Locale.ROOT, "<text x=\"10\" y=\"22\" font-family=\"sans-serif\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
                        escape(title)));
    }

    private static String line(double x1, double y1, double x2, double y2, String color, String dash) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>%n",
                x1, y1, x2, y2, color, dash == null ? "" : " stroke-dasharray=\"" + dash + "\"");
    }

    private static String text(double x, double y, String text, String anchor, String color) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" %s fill=\"%s\" text-anchor=\"%s\">%s</text>%n",
                x, y, FONT, color, anchor, escape(text));
    }

    private static String fmt(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return value >= 10 || value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 1 ? String.format(Locale.ROOT, "%.2f", value) : String.format(Locale.ROOT, "%.3g", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
