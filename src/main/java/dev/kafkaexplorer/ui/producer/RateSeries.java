package dev.kafkaexplorer.ui.producer;

import dev.kafkaexplorer.ui.producer.ProducerMonitor.RatePoint;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * The rate chart's series, kept in step with the monitor's points change by change: the chart
 * needs the toolkit, the monitor does not, and rebuilding all sixty points each second would
 * recreate their nodes.
 */
final class RateSeries {

    private RateSeries() {
    }

    /** Shows the monitor's last minute in {@code chart}, its time axis ending now. */
    static void show(LineChart<Number, Number> chart, NumberAxis time, ProducerMonitor monitor) {
        chart.getData().add(of(monitor.ratePoints()));
        time.upperBoundProperty().bind(monitor.chartEndProperty());
        time.lowerBoundProperty().bind(monitor.chartEndProperty().subtract(ProducerMonitor.CHART_SECONDS));
    }

    static XYChart.Series<Number, Number> of(ObservableList<RatePoint> points) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName("acknowledged records/s");
        points.forEach(p -> series.getData().add(data(p)));
        points.addListener((ListChangeListener<RatePoint>) change -> {
            var data = series.getData();
            while (change.next()) {
                if (change.wasRemoved()) {
                    data.remove(change.getFrom(), change.getFrom() + change.getRemovedSize());
                }
                if (change.wasAdded()) {
                    data.addAll(change.getFrom(), change.getAddedSubList().stream().map(RateSeries::data).toList());
                }
            }
        });
        return series;
    }

    private static XYChart.Data<Number, Number> data(RatePoint point) {
        return new XYChart.Data<>(point.second(), point.perSecond());
    }
}
