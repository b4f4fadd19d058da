package org.adelante.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Draws the demo posts' lead images: desert landscapes under different skies, so the demo
 * shows real responsive images without shipping photographs.
 */
final class DemoImages {

	static final int WIDTH = 1600;

	static final int HEIGHT = 900;

	private DemoImages() {
	}

	/**
	 * A landscape as JPEG bytes.
	 * @param seed varies the hills and the figures
	 * @param sky the colour at the top of the sky
	 * @param horizon the colour at the horizon
	 * @param land the colour of the nearest hills
	 * @param people whether to draw a crowd of marchers with placards
	 */
	static byte[] landscape(long seed, Color sky, Color horizon, Color land, boolean people) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setPaint(new GradientPaint(0, 0, sky, 0, HEIGHT * 0.7f, horizon));
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setColor(new Color(255, 244, 214, 220));
			g.fillOval(WIDTH * 2 / 3, HEIGHT / 6, 180, 180);
			Random random = new Random(seed);
			for (int layer = 0; layer < 4; layer++) {
				float depth = (layer + 1) / 4f;
				g.setColor(mix(horizon, land, depth));
				g.fill(hills(random, HEIGHT * (0.45 + layer * 0.1), 60 + layer * 30));
			}
			if (people) {
				drawMarchers(g, random);
			}
			else {
				drawSaguaros(g, random, land.darker());
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static Path2D hills(Random random, double baseline, double amplitude) {
		Path2D path = new Path2D.Double();
		path.moveTo(0, HEIGHT);
		double phase = random.nextDouble() * Math.PI * 2;
		double frequency = 2 + random.nextDouble() * 3;
		for (int x = 0; x <= WIDTH; x += 20) {
			double t = x / (double) WIDTH;
			double y = baseline - amplitude * Math.sin(t * frequency * Math.PI + phase)
					- amplitude * 0.3 * Math.sin(t * 17 + phase * 2);
			path.lineTo(x, y);
		}
		path.lineTo(WIDTH, HEIGHT);
		path.closePath();
		return path;
	}

	private static void drawSaguaros(Graphics2D g, Random random, Color colour) {
		g.setColor(colour);
		g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		for (int i = 0; i < 5; i++) {
			int x = 120 + random.nextInt(WIDTH - 240);
			int base = HEIGHT - 40 - random.nextInt(80);
			int height = 180 + random.nextInt(160);
			g.drawLine(x, base, x, base - height);
			g.drawLine(x, base - height / 2, x - 45, base - height / 2);
			g.drawLine(x - 45, base - height / 2, x - 45, base - height / 2 - 70);
			g.drawLine(x, base - height / 3, x + 40, base - height / 3);
			g.drawLine(x + 40, base - height / 3, x + 40, base - height / 3 - 90);
		}
	}

	private static void drawMarchers(Graphics2D g, Random random) {
		Color[] placards = { new Color(250, 250, 245), new Color(255, 205, 86), new Color(239, 108, 80) };
		for (int i = 0; i < 28; i++) {
			int x = 40 + i * 56 + random.nextInt(20);
			int y = HEIGHT - 120 - random.nextInt(60);
			g.setColor(new Color(40, 32, 48));
			g.fillOval(x, y - 70, 34, 34);
			g.fillRoundRect(x - 6, y - 36, 46, 120, 20, 20);
			if (i % 3 == 0) {
				g.setStroke(new BasicStroke(5));
				g.drawLine(x + 17, y - 36, x + 17, y - 130);
				g.setColor(placards[random.nextInt(placards.length)]);
				g.fillRect(x - 28, y - 200, 90, 70);
			}
		}
	}

	private static Color mix(Color a, Color b, float amount) {
		return new Color(Math.round(a.getRed() + (b.getRed() - a.getRed()) * amount),
				Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * amount),
				Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * amount));
	}

}
