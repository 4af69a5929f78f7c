/*
 * Copyright 2026-present Open Networking Foundation
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.onosproject.ha.bench;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small log-log line plotter (Java2D, headless) for the report's time-versus-size figure.
 */
public final class PerfPlot {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 600;
    private static final int LEFT = 90;
    private static final int RIGHT = 230;
    private static final int TOP = 60;
    private static final int BOTTOM = 70;
    private static final Color[] COLORS = {
        new Color(0xD62728), new Color(0xFF7F0E), new Color(0x1F77B4), new Color(0x2CA02C),
        new Color(0x7F7F7F), new Color(0x9467BD),
    };

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<String> names = new ArrayList<>();
    private final List<double[][]> points = new ArrayList<>();

    /**
     * Creates an empty plot.
     *
     * @param title  title
     * @param xLabel x axis label
     * @param yLabel y axis label
     */
    public PerfPlot(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /**
     * Adds a series; points with a non-positive coordinate are left out.
     *
     * @param name legend name
     * @param xy   points as {x, y}
     * @return this plot
     */
    public PerfPlot series(String name, List<double[]> xy) {
        List<double[]> kept = new ArrayList<>();
        for (double[] p : xy) {
            if (p[0] > 0 && p[1] > 0) {
                kept.add(p);
            }
        }
        kept.sort((p, q) -> Double.compare(p[0], q[0]));
        names.add(name);
        points.add(kept.toArray(new double[0][]));
        return this;
    }

    /**
     * Draws the plot into a PNG file.
     *
     * @param file target file
     * @throws IOException if it cannot be written
     */
    public void write(File file) throws IOException {
        double minX = Double.MAX_VALUE;
        double maxX = 0;
        double minY = Double.MAX_VALUE;
        double maxY = 0;
        for (double[][] s : points) {
            for (double[] p : s) {
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                minY = Math.min(minY, p[1]);
                maxY = Math.max(maxY, p[1]);
            }
        }
        if (maxX == 0) {
            throw new IllegalArgumentException("nothing to plot");
        }
        double x0 = Math.floor(Math.log10(minX));
        double x1 = Math.ceil(Math.log10(maxX));
        double y0 = Math.floor(Math.log10(minY));
        double y1 = Math.ceil(Math.log10(maxY));
        if (x1 == x0) {
            x1++;
        }
        if (y1 == y0) {
            y1++;
        }
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        int pw = WIDTH - LEFT - RIGHT;
        int ph = HEIGHT - TOP - BOTTOM;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (double d = y0; d <= y1 + 1e-9; d++) {
            int y = TOP + ph - (int) Math.round((d - y0) / (y1 - y0) * ph);
            g.setColor(new Color(0xE0E0E0));
            g.drawLine(LEFT, y, LEFT + pw, y);
            g.setColor(Color.DARK_GRAY);
            String label = tick(d);
            g.drawString(label, LEFT - 10 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        for (double d = x0; d <= x1 + 1e-9; d++) {
            for (int k = 1; k <= 9; k++) {
                double lx = d + Math.log10(k);
                if (lx > x1 + 1e-9) {
                    break;
                }
                int x = LEFT + (int) Math.round((lx - x0) / (x1 - x0) * pw);
                g.setColor(k == 1 ? new Color(0xD0D0D0) : new Color(0xF0F0F0));
                g.drawLine(x, TOP, x, TOP + ph);
                if (k == 1 || k == 2 || k == 5) {
                    g.setColor(Color.DARK_GRAY);
                    String label = String.format(Locale.ROOT, "%.0f", k * Math.pow(10, d));
                    g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, TOP + ph + 18);
                }
            }
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, pw, ph);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, LEFT, TOP - 25);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(xLabel, LEFT + pw / 2 - g.getFontMetrics().stringWidth(xLabel) / 2, HEIGHT - 25);
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        rotated.drawString(yLabel, -(TOP + ph / 2 + g.getFontMetrics().stringWidth(yLabel) / 2), 22);
        rotated.dispose();
        for (int s = 0; s < points.size(); s++) {
            Color c = COLORS[s % COLORS.length];
            g.setColor(c);
            g.setStroke(new BasicStroke(2.2f));
            int px = -1;
            int py = -1;
            for (double[] p : points.get(s)) {
                int x = LEFT + (int) Math.round((Math.log10(p[0]) - x0) / (x1 - x0) * pw);
                int y = TOP + ph - (int) Math.round((Math.log10(p[1]) - y0) / (y1 - y0) * ph);
                if (px >= 0) {
                    g.drawLine(px, py, x, y);
                }
                g.fillOval(x - 4, y - 4, 9, 9);
                px = x;
                py = y;
            }
            int ly = TOP + 20 + s * 24;
            g.drawLine(LEFT + pw + 18, ly - 4, LEFT + pw + 48, ly - 4);
            g.fillOval(LEFT + pw + 29, ly - 8, 9, 9);
            g.setColor(Color.BLACK);
            g.drawString(names.get(s), LEFT + pw + 56, ly);
        }
        g.dispose();
        File dir = file.getAbsoluteFile().getParentFile();
        if (dir != null && !dir.isDirectory() && !dir.mkdirs()) {
            throw new IOException("cannot create " + dir);
        }
        ImageIO.write(img, "png", file);
    }

    private static String tick(double decade) {
        double v = Math.pow(10, decade);
        if (v >= 1_000_000) {
            return String.format(Locale.ROOT, "%.0f s", v / 1_000_000);
        }
        if (v >= 1000) {
            return String.format(Locale.ROOT, "%.0f ms", v / 1000);
        }
        if (v >= 1) {
            return String.format(Locale.ROOT, "%.0f µs", v);
        }
        return String.format(Locale.ROOT, "%.1f µs", v);
    }
}
