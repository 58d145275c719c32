package io.valueloop.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.valueloop.model.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessModelCodeTest {

  @Test
  void parse_readsRolesInOrder() {
    assertThat(BusinessModelCode.parse("S2B2C2S2B").roles())
        .containsExactly(Role.S, Role.B, Role.C, Role.S, Role.B);
    assertThat(BusinessModelCode.parse("C2M").roles()).containsExactly(Role.C, Role.M);
  }

  @ParameterizedTest
  @ValueSource(strings = {"S2B2C", "s2b2c", "S2b2C", "s2B2c"})
  void parse_ignoresCase(String text) {
    BusinessModelCode code = BusinessModelCode.parse(text);

    assertThat(code).isEqualTo(BusinessModelCode.S2B2C);
    assertThat(code.format()).isEqualTo("S2B2C");
    assertThat(code).hasToString("S2B2C");
  }

  @ParameterizedTest
  @ValueSource(strings = {"S2B", "S2B2C", "B2C", "C2M", "B2B2C", "S2B2C2S2B", "M2B2B2C", "P2L2F2S"})
  void parse_roundTripsThroughFormat(String text) {
    BusinessModelCode code = BusinessModelCode.parse(text);

    assertThat(code.format()).isEqualTo(text);
    assertThat(BusinessModelCode.parse(code.format())).isEqualTo(code);
    assertThat(BusinessModelCode.of(code.roles().toArray(new Role[0]))).isEqualTo(code);
    assertThat(code.length()).isEqualTo((text.length() + 1) / 2);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''        | 0 | expected a role letter, found the end",
      "S2        | 2 | expected a role letter, found the end",
      "2B        | 0 | expected a role letter, found '2'",
      "SXB       | 1 | expected '2', found 'X'",
      "S22B      | 2 | expected a role letter, found '2'",
      "S2X       | 2 | unknown role letter 'X', expected one of S, M, B, C, P, L, F",
      "S2B2Q2C   | 4 | unknown role letter 'Q'",
      "S         | 1 | expected '2' and a second role, found the end",
      "S3B       | 1 | expected '2', found '3'",
      "S2B2      | 4 | expected a role letter, found the end",
      "S2B-2C    | 3 | expected '2', found '-'",
      "S2B2C2S2B2 | 10 | expected a role letter, found the end"})
  void parse_rejectsBadCodeAtPosition(String text, int position, String reason) {
    CodeFormatException error =
        catchThrowableOfType(CodeFormatException.class, () -> BusinessModelCode.parse(text));

    assertThat(error).isInstanceOf(IllegalArgumentException.class);
    assertThat(error.position()).isEqualTo(position);
    assertThat(error.code()).isEqualTo(text);
    assertThat(error.getMessage())
        .startsWith("business-model code must be role letters joined by '2' but was \"" + text + "\" (position "
            + position + ": " + reason)
        .endsWith(System.lineSeparator() + "  " + text + System.lineSeparator() + "  " + " ".repeat(position) + "^");
  }

  @Test
  void parse_rejectsBlankAndNonAsciiLetters() {
    assertThat(catchThrowableOfType(CodeFormatException.class, () -> BusinessModelCode.parse(" S2B")).position())
        .isZero();
    // U+017F LATIN SMALL LETTER LONG S upper-cases to 'S' but is not a role letter.
    assertThat(catchThrowableOfType(CodeFormatException.class, () -> BusinessModelCode.parse("\u017f2B"))
        .getMessage()).contains("unknown role letter");
  }

  @Test
  void parse_rejectsNull() {
    assertThatThrownBy(() -> BusinessModelCode.parse(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void of_rejectsFewerThanTwoRoles() {
    assertThatThrownBy(() -> BusinessModelCode.of(Role.S))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("business-model code must have at least two roles but was [S] (1 roles)");
    assertThatThrownBy(() -> BusinessModelCode.of(Role.S, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void roles_isImmutableCopy() {
    Role[] roles = {Role.B, Role.C};
    BusinessModelCode code = BusinessModelCode.of(roles);
    roles[0] = Role.S;

    assertThat(code.roles()).containsExactly(Role.B, Role.C);
    assertThatThrownBy(() -> code.roles().set(0, Role.M)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void wellKnown_listsTheConstantsInOrder() {
    assertThat(BusinessModelCode.wellKnown()).extracting(BusinessModelCode::format)
        .containsExactly("S2B", "S2B2C", "S2B2C2S2B", "B2C", "B2B2C", "C2M");
    assertThat(BusinessModelCode.wellKnown()).isEqualTo(List.of(BusinessModelCode.S2B, BusinessModelCode.S2B2C,
        BusinessModelCode.S2B2C2S2B, BusinessModelCode.B2C, BusinessModelCode.B2B2C, BusinessModelCode.C2M));
  }

  @Test
  void equals_dependsOnRolesOnly() {
    assertThat(BusinessModelCode.parse("b2c")).isEqualTo(BusinessModelCode.B2C)
        .hasSameHashCodeAs(BusinessModelCode.B2C)
        .isNotEqualTo(BusinessModelCode.parse("C2B"));
  }
}
