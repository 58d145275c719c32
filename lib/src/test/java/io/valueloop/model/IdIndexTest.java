package io.valueloop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class IdIndexTest {

  @Test
  void get_findsEveryIdOfAFullIndex() {
    int n = 100_000;
    IdIndex index = new IdIndex(n);
    for (int i = 0; i < n; i++) {
      assertThat(index.putIfAbsent("C-" + (i + 1), i)).isEqualTo(-1);
    }

    for (int i = 0; i < n; i++) {
      // A fresh, equal but not identical string.
      assertThat(index.get(new StringBuilder("C-").append(i + 1).toString())).isEqualTo(i);
    }
    assertThat(index.get("C-0")).isEqualTo(-1);
    assertThat(index.get("C-" + (n + 1))).isEqualTo(-1);
  }

  @Test
  void putIfAbsent_keepsTheFirstIndexAndSeparatesEqualHashes() {
    IdIndex index = new IdIndex(2);
    // "Aa" and "BB" have the same String.hashCode.
    assertThat(index.putIfAbsent("Aa", 0)).isEqualTo(-1);
    assertThat(index.putIfAbsent("BB", 1)).isEqualTo(-1);
    assertThat(index.putIfAbsent("Aa", 2)).isZero();

    assertThat(index.get("Aa")).isZero();
    assertThat(index.get("BB")).isEqualTo(1);
    assertThat(index.get("")).isEqualTo(-1);
  }

  @Test
  void chain_findsActorsByIdAndReportsRepeatedIds() {
    ValueChain chain = ValueChain.builder().actor("s", Role.S).actor("b", Role.B).build();
    ValueChain.Builder repeated = ValueChain.builder().actor("s", Role.S).actor("b", Role.B).actor("s", Role.M);

    assertThat(chain.indexOf("b")).hasValue(1);
    assertThat(chain.actor("s")).hasValueSatisfying(actor -> assertThat(actor.role()).isEqualTo(Role.S));
    assertThat(chain.indexOf("x")).isEmpty();
    assertThat(catchThrowableOfType(ChainValidationException.class, repeated::build).problems())
        .containsExactly("actor id must be unique but was 's' (actors #0 and #2)");
  }
}
