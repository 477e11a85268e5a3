import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;

/**
 * Draws the game's icon (a globe under a balance, in the game's navy and brass) at any size. The PNGs it made are
 * committed; run it again only to change the art: {@code java src/packaging/IconArt.java assets/textures/app-icon.png 256}.
 */
public class IconArt {
    public static void main(String[] args) throws Exception {
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        Color navy = new Color(0x11, 0x1d, 0x30);
        Color navyLight = new Color(0x22, 0x35, 0x52);
        Color brass = new Color(0xd2, 0xae, 0x5e);
        Color brassLight = new Color(0xec, 0xd1, 0x92);
        Color sea = new Color(0x2f, 0x6f, 0x8f);

        g.setColor(navy);
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 48, 48));
        g.setColor(navyLight);
        g.setStroke(new BasicStroke(6));
        g.draw(new RoundRectangle2D.Double(11, 11, 234, 234, 44, 44));

        // the globe
        double cx = 128, cy = 150, r = 72;
        g.setColor(sea);
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.setColor(brassLight);
        g.setStroke(new BasicStroke(4f));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.setStroke(new BasicStroke(2.5f));
        for (double k : new double[] {0.35, 0.75}) {
            g.draw(new Ellipse2D.Double(cx - r * k, cy - r, 2 * r * k, 2 * r));
        }
        g.draw(new Line2D.Double(cx, cy - r, cx, cy + r));
        for (double lat : new double[] {-0.5, 0, 0.5}) {
            double y = cy + lat * r;
            double half = Math.sqrt(1 - lat * lat) * r;
            g.draw(new Line2D.Double(cx - half, y, cx + half, y));
        }

        // the balance: a post, a beam, two pans
        g.setColor(brass);
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(cx, 40, cx, 78));
        g.draw(new Line2D.Double(48, 58, 208, 58));
        g.fill(new Ellipse2D.Double(cx - 11, 29, 22, 22));
        g.setStroke(new BasicStroke(3.5f));
        for (double x : new double[] {58, 198}) {
            g.draw(new Line2D.Double(x - 10, 58, x - 22, 96));
            g.draw(new Line2D.Double(x + 10, 58, x + 22, 96));
            Path2D pan = new Path2D.Double();
            pan.append(new Arc2D.Double(x - 28, 78, 56, 34, 180, 180, Arc2D.CHORD), false);
            g.fill(pan);
        }
        g.dispose();
        ImageIO.write(img, "png", new File(args[0]));
    }
}
