package org.balancedrealism.ui.game;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A bar with a group on the left and one on the right, on one line while both fit; when they do not (Large and
 * Extra-large text), the right group moves to a second line, still right-aligned, instead of squeezing its buttons to
 * "Po…" or pushing the screen wider than the window. The left group may be cut short, never the right.
 */
final class TwoSidedBar extends Region {
    private static final double GAP = 12;
    private static final double ROW_GAP = 4;

    private final Node left;
    private final Node right;

    TwoSidedBar(Node left, Node right) {
        this.left = left;
        this.right = right;
        getChildren().addAll(left, right);
    }

    /** Whether the two groups share one line at this width. */
    boolean oneLine(double width) {
        Insets in = getInsets();
        return left.prefWidth(-1) + GAP + right.prefWidth(-1) <= width - in.getLeft() - in.getRight();
    }

    /** Its height depends on its width (one line or two): parents must ask with the width they will give. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + right.prefWidth(-1) + in.getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + left.prefWidth(-1) + GAP + right.prefWidth(-1) + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double l = left.prefHeight(-1);
        double r = right.prefHeight(-1);
        double w = width >= 0 ? width : getWidth();
        boolean one = w <= 0 || oneLine(w);
        return in.getTop() + (one ? Math.max(l, r) : l + ROW_GAP + r) + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double w = getWidth() - in.getLeft() - in.getRight();
        double rw = Math.min(w, right.prefWidth(-1));
        double rh = right.prefHeight(-1);
        double lh = left.prefHeight(-1);
        if (oneLine(getWidth())) {
            double h = Math.max(lh, rh);
            layoutInArea(left, x, y, w - rw - GAP, h, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(right, x + w - rw, y, rw, h, 0, HPos.RIGHT, VPos.CENTER);
        } else {
            layoutInArea(left, x, y, w, lh, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(right, x + w - rw, y + lh + ROW_GAP, rw, rh, 0, HPos.RIGHT, VPos.CENTER);
        }
    }
}
