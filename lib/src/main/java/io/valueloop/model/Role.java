package io.valueloop.model;

import java.util.Optional;

/**
 * The part an actor plays in a value chain. Each role has a one-letter code so that business-model
 * codes such as {@code S2B2C} read as sequences of roles.
 */
public enum Role {
  /** A supply platform: aggregates suppliers, buys in bulk, pools inventory, enables businesses. */
  S('S'),
  /** A manufacturer or factory. */
  M('M'),
  /** A business serving consumers or other businesses: a shop, a group leader, a service firm. */
  B('B'),
  /** A consumer segment: where final demand originates. */
  C('C'),
  /** A marketplace platform in the consumer-internet style: matches buyers and sellers for a fee. */
  P('P'),
  /** A logistics provider. */
  L('L'),
  /** A finance provider. */
  F('F');

  private final char letter;

  Role(char letter) {
    this.letter = letter;
  }

  /** {@return the upper-case letter of this role, as used in business-model codes} */
  public char letter() {
    return letter;
  }

  /**
   * Returns the role with the given letter, ignoring case. Only the ASCII letters are role letters: a character
   * such as U+017F (long s), which {@link Character#toUpperCase(char)} maps to {@code 'S'}, has no role.
   *
   * @param letter a role letter such as {@code 'S'} or {@code 'b'}
   * @return the role, or empty if no role has that letter
   */
  public static Optional<Role> ofLetter(char letter) {
    if (letter >= 128) {
      return Optional.empty();
    }
    char upper = Character.toUpperCase(letter);
    for (Role role : values()) {
      if (role.letter == upper) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
