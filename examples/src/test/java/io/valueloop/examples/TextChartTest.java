package io.valueloop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextChartTest {

  @Test
  void bar_isProportionalToTheValue() {
    assertThat(TextChart.bar(10, 10, 40, '#')).isEqualTo("#".repeat(40));
    assertThat(TextChart.bar(5, 10, 40, '#')).isEqualTo("#".repeat(20));
    assertThat(TextChart.bar(2.5, 10, 40, '=')).isEqualTo("=".repeat(10));
    // 40 · 0.33 / 1 = 13.2 rounds to 13; 40 · 0.34 = 13.6 to 14.
    assertThat(TextChart.bar(0.33, 1, 40, '#')).hasSize(13);
    assertThat(TextChart.bar(0.34, 1, 40, '#')).hasSize(14);
    assertThat(TextChart.bar(0, 1, 40, '#')).isEmpty();
  }

  @Test
  void bar_clampsValuesOutsideTheScale() {
    assertThat(TextChart.bar(15, 10, 40, '#')).isEqualTo("#".repeat(40));
    assertThat(TextChart.bar(-3, 10, 40, '#')).isEmpty();
    assertThat(TextChart.bar(Double.MAX_VALUE, Double.MIN_VALUE, TextChart.MAX_WIDTH, '#'))
        .hasSize(TextChart.MAX_WIDTH);
  }

  @Test
  void bar_rejectsBadInput() {
    assertThatThrownBy(() -> TextChart.bar(Double.NaN, 1, 10, '#'))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bar value must be finite but was NaN");
    assertThatThrownBy(() -> TextChart.bar(1, 0, 10, '#'))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bar scale must be positive and finite but was 0.0");
    assertThatThrownBy(() -> TextChart.bar(1, Double.POSITIVE_INFINITY, 10, '#'))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but was Infinity");
    assertThatThrownBy(() -> TextChart.bar(1, 1, 0, '#'))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bar width must be in [1, 80] but was 0");
    assertThatThrownBy(() -> TextChart.bar(1, 1, 81, '#'))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bar width must be in [1, 80] but was 81");
    assertThatThrownBy(() -> TextChart.bar(1, 1, 10, ' '))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bar fill must be a visible ASCII character but was U+0020");
    assertThatThrownBy(() -> TextChart.bar(1, 1, 10, '\u2588'))
        .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("but was U+2588");
  }

  @Test
  void plot_drawsColumnsOfProportionalHeight() {
    // Two rows are four half rows: heights 0, 1, 2, 3 and 4 half rows.
    List<String> lines = TextChart.plot(List.of(0.0, 0.25, 0.5, 0.75, 1.0), 0, 1, 2);

    assertThat(lines).containsExactly(
        "   .#",
        " .###");
  }

  @Test
  void plot_clampsValuesOutsideItsRange() {
    List<String> lines = TextChart.plot(List.of(-50.0, 150.0, 50.0), 0, 100, 1);

    assertThat(lines).containsExactly(" #.");
  }

  @Test
  void plot_rejectsBadInput() {
    assertThatThrownBy(() -> TextChart.plot(List.of(), 0, 1, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("plotted values must number 1 to 80 but were 0");
    assertThatThrownBy(() -> TextChart.plot(Collections.nCopies(81, 1.0), 0, 1, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("plotted values must number 1 to 80 but were 81");
    assertThatThrownBy(() -> TextChart.plot(List.of(1.0, Double.NaN), 0, 1, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("plotted value 1 must be finite but was NaN");
    assertThatThrownBy(() -> TextChart.plot(List.of(1.0), 1, 1, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("plot high must be above low = 1.0 but was 1.0");
    assertThatThrownBy(() -> TextChart.plot(List.of(1.0), Double.NEGATIVE_INFINITY, 1, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("plot low must be finite but was -Infinity");
    assertThatThrownBy(() -> TextChart.plot(List.of(1.0), 0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("plot rows must be in [1, 20] but was 0");
  }
}
