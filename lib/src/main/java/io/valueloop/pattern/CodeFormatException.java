package io.valueloop.pattern;

/**
 * Thrown by {@link BusinessModelCode#parse(String)} when a text is not a business-model code. The message
 * names the rule, shows the text and points a caret at the offending {@link #position()}, for example:
 *
 * <pre>
 * business-model code must be role letters joined by '2' but was "S22B" (position 2: expected a role letter, found '2')
 *   S22B
 *     ^
 * </pre>
 */
public final class CodeFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The text that failed to parse. */
  private final String code;
  /** The index of the offending character. */
  private final int position;

  CodeFormatException(String code, int position, String reason) {
    super(message(code, position, reason));
    this.code = code;
    this.position = position;
  }

  /** {@return the text that failed to parse} */
  public String code() {
    return code;
  }

  /**
   * Returns the zero-based index of the offending character in {@link #code()}; equal to the text's length
   * when the text ended too early.
   *
   * @return the index of the offending character
   */
  public int position() {
    return position;
  }

  private static String message(String code, int position, String reason) {
    String indent = System.lineSeparator() + "  ";
    return "business-model code must be role letters joined by '2' but was \"" + code + "\" (position "
        + position + ": " + reason + ")" + indent + code + indent + " ".repeat(position) + "^";
  }
}
