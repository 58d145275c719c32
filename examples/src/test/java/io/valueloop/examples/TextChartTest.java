package io.valueloop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void interval_spansTheColumnsOfItsEnds() {
    // Eleven columns from 0 to 100: one per 10.
    assertThat(TextChart.interval(20, 70, 0, 100, 11)).isEqualTo("  [====]");
    assertThat(TextChart.interval(0, 100, 0, 100, 11)).isEqualTo("[=========]");
    assertThat(TextChart.interval(40, 50, 0, 100, 11)).isEqualTo("    []");
    assertThat(TextChart.interval(50, 52, 0, 100, 11)).isEqualTo("     |");
  }

  @Test
  void interval_clampsToTheAxis() {
    assertThat(TextChart.interval(-50, 150, 0, 100, 11)).isEqualTo("[=========]");
    assertThat(TextChart.interval(120, 130, 0, 100, 11)).isEqualTo("          |");
  }

  @Test
  void interval_rejectsBadInput() {
    assertThatThrownBy(() -> TextChart.interval(Double.NaN, 1, 0, 1, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("interval low must be finite but was NaN");
    assertThatThrownBy(() -> TextChart.interval(2, 1, 0, 1, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("interval high must be at least low = 2.0 but was 1.0");
    assertThatThrownBy(() -> TextChart.interval(0, 1, 1, 1, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("axis high must be above axis low = 1.0 but was 1.0");
    assertThatThrownBy(() -> TextChart.interval(0, 1, 0, Double.POSITIVE_INFINITY, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("axis high must be finite but was Infinity");
    assertThatThrownBy(() -> TextChart.interval(0, 1, 0, 1, 81))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("axis width must be in [1, 80] but was 81");
  }
}
