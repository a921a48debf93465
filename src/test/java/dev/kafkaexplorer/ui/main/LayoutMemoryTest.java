package dev.kafkaexplorer.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.settings.UiState.WindowBounds;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** A saved window place is used again only where the user can still reach the window. */
class LayoutMemoryTest {

    private static final List<Rectangle2D> LAPTOP = List.of(new Rectangle2D(0, 0, 1920, 1080));
    private static final List<Rectangle2D> LAPTOP_AND_MONITOR =
            List.of(new Rectangle2D(0, 0, 1920, 1080), new Rectangle2D(1920, 0, 2560, 1440));

    @Test
    void aWindowOnTheScreenComesBackWhereItWas() {
        assertThat(LayoutMemory.titleBarOnAScreen(new WindowBounds(100, 80, 1100, 720), LAPTOP)).isTrue();
    }

    @Test
    void aWindowLeftOnAMonitorThatIsGoneDoesNot() {
        WindowBounds onMonitor = new WindowBounds(2400, 200, 1100, 720);
        assertThat(LayoutMemory.titleBarOnAScreen(onMonitor, LAPTOP_AND_MONITOR)).isTrue();
        assertThat(LayoutMemory.titleBarOnAScreen(onMonitor, LAPTOP)).isFalse();
    }

    @Test
    void aWindowWhoseTitleBarIsAboveTheScreenDoesNot() {
        assertThat(LayoutMemory.titleBarOnAScreen(new WindowBounds(100, -500, 1100, 720), LAPTOP)).isFalse();
    }
}
