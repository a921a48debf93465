package dev.kafkaexplorer.ui.common;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;

/** A small line of recent values, scaled to its own height: a rate at a glance, without a chart's axes. */
public final class Sparkline extends Region {

    private final Polyline line = new Polyline();
    private ObservableList<Double> values;
    private final ListChangeListener<Double> redraw = c -> requestLayout();

    public Sparkline() {
        getStyleClass().add("sparkline");
        line.getStyleClass().add("sparkline-line");
        line.setManaged(false);
        getChildren().add(line);
        setMinSize(60, 20);
        setPrefSize(140, 24);
    }

    /** The values to draw, oldest first. */
    public void setValues(ObservableList<Double> newValues) {
        if (values != null) {
            values.removeListener(redraw);
        }
        values = newValues;
        values.addListener(redraw);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        line.getPoints().clear();
        List<Double> v = values == null ? List.of() : values;
        if (v.size() < 2) {
            return;
        }
        double max = v.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset() - 2;
        double step = w / (v.size() - 1);
        for (int i = 0; i < v.size(); i++) {
            double y = max <= 0 ? h : h - v.get(i) / max * h;
            line.getPoints().addAll(snappedLeftInset() + i * step, snappedTopInset() + 1 + y);
        }
    }
}
