package io.valueloop.pattern;

import io.valueloop.model.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A business-model code such as {@code S2B2C} or {@code S2B2C2S2B}: a sequence of at least two
 * {@link Role roles}, written as their letters joined by {@code 2} ("to").
 *
 * <p>Grammar: {@code code = role ("2" role)+}, where {@code role} is one of the letters {@code S M B C P L F}
 * in either case ({@code s2b2c} and {@code S2b2C} both read as {@code S2B2C}, the lower-case {@code b} of
 * "small b" included). Nothing else is allowed: no blanks, no other digits, no empty or trailing steps. The
 * canonical form, returned by {@link #format()} and {@link #toString()}, is upper case.
 *
 * <p>The well-known codes are constants: {@link #S2B}, {@link #S2B2C}, {@link #S2B2C2S2B}, {@link #B2C},
 * {@link #B2B2C} and {@link #C2M}; {@link #wellKnown()} lists them. How a chain realises a code is defined
 * in {@link CodeRecognizer}; how a chain is generated from a code, in {@link ChainTemplate}.
 *
 * <p>Immutable and thread-safe; equal when the role sequences are equal.
 *
 * @param roles the roles in order, at least two, none null
 */
public record BusinessModelCode(List<Role> roles) {

  /** Supply platform to business: a platform supplies and enables small businesses. */
  public static final BusinessModelCode S2B = of(Role.S, Role.B);
  /** Supply platform to business to consumer: the businesses serve consumers. */
  public static final BusinessModelCode S2B2C = of(Role.S, Role.B, Role.C);
  /** The closed loop: consumers' demand data flows back to the supply platform, which serves the businesses. */
  public static final BusinessModelCode S2B2C2S2B = of(Role.S, Role.B, Role.C, Role.S, Role.B);
  /** Business to consumer. */
  public static final BusinessModelCode B2C = of(Role.B, Role.C);
  /** Business to business to consumer: a wholesaler or brand sells through retailers. */
  public static final BusinessModelCode B2B2C = of(Role.B, Role.B, Role.C);
  /** Consumer to manufacturer: consumers' orders and data go straight to the factory. */
  public static final BusinessModelCode C2M = of(Role.C, Role.M);

  private static final List<BusinessModelCode> WELL_KNOWN = List.of(S2B, S2B2C, S2B2C2S2B, B2C, B2B2C, C2M);

  /**
   * Creates a code from its roles.
   *
   * @throws NullPointerException if the list or a role is null
   * @throws IllegalArgumentException if there are fewer than two roles
   * @param roles the roles of the code, in order
   */
  public BusinessModelCode {
    roles = List.copyOf(Objects.requireNonNull(roles, "roles"));
    if (roles.size() < 2) {
      throw new IllegalArgumentException(
          "business-model code must have at least two roles but was " + roles + " (" + roles.size() + " roles)");
    }
  }

  /**
   * Returns the code with the given roles.
   *
   * @param roles at least two roles, none null
   * @return the code
   * @throws IllegalArgumentException if there are fewer than two roles
   */
  public static BusinessModelCode of(Role... roles) {
    return new BusinessModelCode(Arrays.asList(Objects.requireNonNull(roles, "roles")));
  }

  /**
   * Parses a code, ignoring the case of role letters.
   *
   * @param code a text such as {@code "S2B2C"} or {@code "s2b2c"}
   * @return the code
   * @throws NullPointerException if {@code code} is null
   * @throws CodeFormatException if the text is not a code; its {@link CodeFormatException#position()} is the
   *     index of the first character that does not fit the grammar (the length if the text ends too early)
   */
  public static BusinessModelCode parse(String code) {
    Objects.requireNonNull(code, "code");
    List<Role> roles = new ArrayList<>(code.length() / 2 + 1);
    for (int i = 0; i < code.length(); i++) {
      char ch = code.charAt(i);
      if (i % 2 == 1) {
        if (ch != '2') {
          throw new CodeFormatException(code, i, "expected '2', found " + quote(ch));
        }
        continue;
      }
      Optional<Role> role = Role.ofLetter(ch);
      if (role.isPresent()) {
        roles.add(role.get());
      } else if (Character.isLetter(ch)) {
        throw new CodeFormatException(code, i, "unknown role letter " + quote(ch) + ", expected one of "
            + letters());
      } else {
        throw new CodeFormatException(code, i, "expected a role letter, found " + quote(ch));
      }
    }
    if (code.isEmpty() || code.length() % 2 == 0) {
      throw new CodeFormatException(code, code.length(), "expected a role letter, found the end");
    }
    if (roles.size() < 2) {
      throw new CodeFormatException(code, code.length(), "expected '2' and a second role, found the end");
    }
    return new BusinessModelCode(roles);
  }

  /** {@return the well-known codes, in the order S2B, S2B2C, S2B2C2S2B, B2C, B2B2C, C2M} */
  public static List<BusinessModelCode> wellKnown() {
    return WELL_KNOWN;
  }

  /** {@return the number of roles, one more than the number of steps} */
  public int length() {
    return roles.size();
  }

  /** {@return the canonical, upper-case text of this code, such as {@code S2B2C2S2B}} */
  public String format() {
    StringBuilder text = new StringBuilder(2 * roles.size() - 1);
    for (Role role : roles) {
      if (text.length() > 0) {
        text.append('2');
      }
      text.append(role.letter());
    }
    return text.toString();
  }

  /** Returns {@link #format()}. */
  @Override
  public String toString() {
    return format();
  }

  private static String quote(char ch) {
    return Character.isISOControl(ch) || Character.isWhitespace(ch)
        ? String.format("U+%04X", (int) ch)
        : "'" + ch + "'";
  }

  private static String letters() {
    StringBuilder text = new StringBuilder();
    for (Role role : Role.values()) {
      text.append(text.length() == 0 ? "" : ", ").append(role.letter());
    }
    return text.toString();
  }
}
