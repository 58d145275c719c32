package io.valueloop.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {
  @Test
  void escape_specialCharacters_becomeEntities() {
    assertThat(Markup.escape("a<b>&\"c\"'d'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;");
  }

  @Test
  void escape_charactersXmlForbids_becomeReplacementCharacters() {
    assertThat(Markup.escape("a\u0000b\u001Fc\td\ne\uD800f\uFFFF")).isEqualTo("a\uFFFDb\uFFFDc\td\ne\uFFFDf\uFFFD");
    assertThat(Markup.escape("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
    Pictures.parse("<p>" + Markup.escape("\u0001<&>\uDC00") + "</p>");
  }

  @Test
  void number_readableForm() {
    assertThat(Markup.number(1.5)).isEqualTo("1.5");
    assertThat(Markup.number(2)).isEqualTo("2");
    assertThat(Markup.number(-0.0)).isEqualTo("0");
    assertThat(Markup.number(0.123456)).isEqualTo("0.1235");
    assertThat(Markup.number(0.0001234)).isEqualTo("0.0001234");
    assertThat(Markup.number(123456789)).isEqualTo("1.235e+08");
    assertThat(Markup.number(Double.NaN)).isEmpty();
    assertThat(Markup.number(Double.POSITIVE_INFINITY)).isEqualTo("∞");
  }

  @Test
  void coordinate_twoDecimalsAtMost() {
    assertThat(Markup.coordinate(1.005)).isIn("1", "1.01");
    assertThat(Markup.coordinate(20)).isEqualTo("20");
    assertThat(Markup.coordinate(-0.001)).isEqualTo("0");
  }
}
