package io.valueloop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

  @Test
  void letter_isTheUpperCaseCodeOfEachRole() {
    StringBuilder letters = new StringBuilder();
    for (Role role : Role.values()) {
      letters.append(role.letter());
    }

    assertThat(letters).hasToString("SMBCPLF");
  }

  @Test
  void letter_isDistinctPerRole() {
    assertThat(Arrays.stream(Role.values()).map(Role::letter)).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @CsvSource({"S, S", "M, M", "B, B", "C, C", "P, P", "L, L", "F, F"})
  void ofLetter_findsUpperCaseLetter(char letter, Role expected) {
    assertThat(Role.ofLetter(letter)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"s, S", "m, M", "b, B", "c, C", "p, P", "l, L", "f, F"})
  void ofLetter_ignoresCase(char letter, Role expected) {
    assertThat(Role.ofLetter(letter)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(chars = {'X', 'x', 'A', '2', ' ', '-', '\u00df'})
  void ofLetter_unknownLetterIsEmpty(char letter) {
    assertThat(Role.ofLetter(letter)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(chars = {'\u017f', '\uff53', '\uff33'})
  void ofLetter_rejectsNonAsciiLettersThatCaseMapToRoleLetters(char letter) {
    // U+017F long s upper-cases to ASCII 'S'; fullwidth s and S (U+FF53, U+FF33) are letters but not ASCII.
    assertThat(Role.ofLetter(letter)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void ofLetter_roundTripsEveryRole(Role role) {
    assertThat(Role.ofLetter(role.letter())).contains(role);
    assertThat(Role.ofLetter(Character.toLowerCase(role.letter()))).contains(role);
  }
}
