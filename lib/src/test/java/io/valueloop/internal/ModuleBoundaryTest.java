package io.valueloop.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.model.ValueChain;
import java.lang.module.ModuleDescriptor;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The drawn boundary: the module exports the API packages and keeps this one to itself. */
class ModuleBoundaryTest {

  @Test
  void module_exportsTheApiPackagesAndNotInternal() {
    Module module = ValueChain.class.getModule();
    assertThat(module.isNamed()).as("tests run on the module path").isTrue();

    ModuleDescriptor descriptor = module.getDescriptor();
    assertThat(descriptor.name()).isEqualTo("io.valueloop");
    assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("io.valueloop.model", "io.valueloop.pattern", "io.valueloop.analysis",
            "io.valueloop.flow", "io.valueloop.sim", "io.valueloop.experiment", "io.valueloop.io");
    assertThat(module.isExported("io.valueloop.internal")).isFalse();
  }
}
