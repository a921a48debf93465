package dev.kafkaexplorer.ui.common;

import java.time.Duration;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;

/** The app's {@link TickSource}: JavaFX's pulse, a timeline and a pause transition. Needs the toolkit. */
public final class FxTicks implements TickSource {

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Ticker everyFrame(LongConsumer onFrame) {
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onFrame.accept(now);
            }
        };
        return new Ticker() {
            @Override
            public void start() {
                timer.start();
            }

            @Override
            public void stop() {
                timer.stop();
            }
        };
    }

    @Override
    public Ticker every(Duration period, Runnable onTick) {
        Timeline timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(period.toMillis()), e -> onTick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        return new Ticker() {
            @Override
            public void start() {
                timeline.play();
            }

            @Override
            public void stop() {
                timeline.stop();
            }
        };
    }

    @Override
    public Ticker after(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        return new Ticker() {
            @Override
            public void start() {
                pause.playFromStart();
            }

            @Override
            public void stop() {
                pause.stop();
            }
        };
    }
}
