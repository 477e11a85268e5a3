package org.balancedrealism.debrief;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart drawn with Java2D into a PNG, headless (no window, no JavaFX): figures over turns, one line per
 * series, a legend beside the plot, optional markers for the turning points. Colours are the Okabe–Ito palette,
 * which colour-blind readers can tell apart; dashed lines tell a second figure of the same state.
 */
public final class LineChart {
    /** Okabe–Ito: blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow, black. */
    public static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
            new Color(0xD55E00), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xB8A000), new Color(0x000000)};

    /** One line: a label, its values by turn index, its colour and whether it is dashed. */
    public record Series(String label, double[] values, Color color, boolean dashed) {
    }

    /** A vertical mark at a turn: a war, a coalition, an inject. */
    public record Marker(int turn, String label, Color color) {
    }

    private static final int WIDTH = 1100;
    private static final int HEIGHT = 440;
    private static final int LEFT = 70;
    private static final int RIGHT = 250;
    private static final int TOP = 46;
    private static final int BOTTOM = 56;

    private final String title;
    private final String yLabel;
    private final boolean percent;
    private final List<Integer> turns;
    private final List<String> dates;
    private final List<Series> series = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();

    /**
     * @param turns   the turn numbers (x axis), one per value index
     * @param dates   the dates of those turns, for the axis
     * @param percent true to show values 0.25 as "25%"
     */
    public LineChart(String title, String yLabel, boolean percent, List<Integer> turns, List<String> dates) {
        this.title = title;
        this.yLabel = yLabel;
        this.percent = percent;
        this.turns = List.copyOf(turns);
        this.dates = List.copyOf(dates);
    }

    public LineChart add(Series s) {
        series.add(s);
        return this;
    }

    public LineChart mark(Marker m) {
        markers.add(m);
        return this;
    }

    /** Draws the chart and writes it as a PNG. */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(draw(), "png", file.toFile());
    }

    BufferedImage draw() {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            int x0 = LEFT;
            int x1 = WIDTH - RIGHT;
            int y0 = HEIGHT - BOTTOM;
            int y1 = TOP;
            double max = niceMax(maxValue());
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
            g.setColor(new Color(0x222222));
            g.drawString(title, LEFT, 28);
            // grid and y axis
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            FontMetrics fm = g.getFontMetrics();
            for (int k = 0; k <= 4; k++) {
                double v = max * k / 4;
                int y = y0 - (int) Math.round((y0 - y1) * k / 4.0);
                g.setColor(new Color(0xE4E4E4));
                g.drawLine(x0, y, x1, y);
                g.setColor(new Color(0x555555));
                String label = percent ? trim(String.format(Locale.ROOT, "%.1f", v * 100)) + "%" : trim(String.format(Locale.ROOT, "%.3f", v));
                g.drawString(label, x0 - 8 - fm.stringWidth(label), y + 4);
            }
            g.setColor(new Color(0x555555));
            g.drawLine(x0, y0, x1, y0);
            g.drawLine(x0, y0, x0, y1);
            // x axis: turn numbers, with dates below at a readable spacing
            int n = turns.size();
            int step = Math.max(1, (int) Math.ceil(n / 12.0));
            for (int k = 0; k < n; k += step) {
                int x = xOf(k, n, x0, x1);
                g.drawLine(x, y0, x, y0 + 4);
                String t = String.valueOf(turns.get(k));
                g.drawString(t, x - fm.stringWidth(t) / 2, y0 + 17);
                String d = dates.get(k);
                g.setColor(new Color(0x888888));
                g.drawString(d, x - fm.stringWidth(d) / 2, y0 + 32);
                g.setColor(new Color(0x555555));
            }
            g.drawString("turn", 8, y0 + 17);
            g.setColor(new Color(0x888888));
            g.drawString("date", 8, y0 + 32);
            g.setColor(new Color(0x555555));
            g.drawString(yLabel, x0, y1 - 6);
            // markers behind the lines
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            for (Marker m : markers) {
                int k = turns.indexOf(m.turn());
                if (k < 0) {
                    continue;
                }
                int x = xOf(k, n, x0, x1);
                g.setColor(new Color(m.color().getRed(), m.color().getGreen(), m.color().getBlue(), 210));
                g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3, 3}, 0));
                g.drawLine(x, y0, x, y1);
            }
            // the lines
            for (Series s : series) {
                g.setColor(s.color());
                g.setStroke(s.dashed()
                        ? new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, new float[] {7, 5}, 0)
                        : new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                double[] v = s.values();
                if (v.length == 1) {
                    int x = xOf(0, n, x0, x1);
                    int y = yOf(v[0], max, y0, y1);
                    g.fillOval(x - 4, y - 4, 8, 8);
                }
                for (int k = 1; k < v.length && k < n; k++) {
                    g.drawLine(xOf(k - 1, n, x0, x1), yOf(v[k - 1], max, y0, y1), xOf(k, n, x0, x1), yOf(v[k], max, y0, y1));
                }
            }
            // legend
            g.setStroke(new BasicStroke(2.6f));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            fm = g.getFontMetrics();
            int ly = TOP + 10;
            for (Series s : series) {
                g.setColor(s.color());
                if (s.dashed()) {
                    g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {6, 4}, 0));
                }
                g.drawLine(x1 + 16, ly - 4, x1 + 42, ly - 4);
                g.setStroke(new BasicStroke(2.6f));
                g.setColor(new Color(0x222222));
                g.drawString(fit(s.label(), fm, RIGHT - 56), x1 + 50, ly);
                ly += 20;
            }
            // what the vertical marks stand for, once per kind present
            List<String> told = new ArrayList<>();
            ly += 8;
            for (Marker m : markers) {
                if (told.contains(m.label()) || turns.indexOf(m.turn()) < 0) {
                    continue;
                }
                told.add(m.label());
                g.setColor(m.color());
                g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3, 3}, 0));
                g.drawLine(x1 + 29, ly - 12, x1 + 29, ly + 2);
                g.setColor(new Color(0x555555));
                g.drawString(fit(m.label(), fm, RIGHT - 56), x1 + 50, ly);
                ly += 20;
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** "12.50" → "12.5", "25.0" → "25", "0.125" stays. */
    private static String trim(String number) {
        return number.contains(".") ? number.replaceAll("0+$", "").replaceAll("\\.$", "") : number;
    }

    private static String fit(String s, FontMetrics fm, int width) {
        if (fm.stringWidth(s) <= width) {
            return s;
        }
        while (s.length() > 1 && fm.stringWidth(s + "…") > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }

    private double maxValue() {
        double max = 0;
        for (Series s : series) {
            for (double v : s.values()) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        return max;
    }

    /** A round top for the axis: 1, 2, 2.5 or 5 times a power of ten, at or above the largest value. */
    static double niceMax(double v) {
        if (!(v > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static int xOf(int k, int n, int x0, int x1) {
        return n <= 1 ? (x0 + x1) / 2 : x0 + (int) Math.round((x1 - x0) * k / (double) (n - 1));
    }

    private static int yOf(double v, double max, int y0, int y1) {
        double f = Double.isFinite(v) ? Math.max(0, Math.min(1, v / max)) : 0;
        return y0 - (int) Math.round((y0 - y1) * f);
    }
}
