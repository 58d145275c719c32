package io.valueloop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.pattern.BusinessModelCode;
import io.valueloop.pattern.ChainTemplate;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateSpecTest {
  @TempDir
  Path folder;

  private static TemplateSpec spec() {
    Map<String, Double> settings = new LinkedHashMap<>();
    settings.put("demand", 7.25);
    settings.put("leadTime", 3.0);
    return new TemplateSpec("S2B2C2S2B", Map.of(Role.B, 4, Role.C, 2000), 11, settings);
  }

  @Test
  void writeTemplateThenReadChain_givesTheTemplatesChain() throws Exception {
    Path file = folder.resolve("big.json");
    ModelFiles.writeTemplate(spec(), file);

    ValueChain chain = ModelFiles.readChain(file);
    assertThat(chain).isEqualTo(spec().build());
    assertThat(chain).isEqualTo(ChainTemplate.of(BusinessModelCode.S2B2C2S2B).withCount(Role.B, 4)
        .withCount(Role.C, 2000).withSeed(11).withDemand(7.25).withLeadTime(3).build());
    assertThat(Files.readAllLines(file)).hasSizeLessThan(20);
  }

  @Test
  void writeTemplate_text_isAValidChainFile() throws Exception {
    StringWriter out = new StringWriter();
    ModelFiles.writeTemplate(spec(), out);

    assertThat(ModelFiles.readChain(new StringReader(out.toString()), "t.json")).isEqualTo(spec().build());
  }

  @Test
  void spec_badCodeSettingOrCount_isRefusedAndNothingWritten() {
    assertThatThrownBy(() -> new TemplateSpec("S2X", Map.of(), 0, Map.of())).isInstanceOf(
        IllegalArgumentException.class);
    assertThatThrownBy(() -> new TemplateSpec("S2B", Map.of(), 0, Map.of("leadTme", 1.0)))
        .hasMessageContaining("did you mean leadTime?");
    assertThatThrownBy(() -> new TemplateSpec("S2B", Map.of(), 0, Map.of("leadTime", 1.5)))
        .hasMessageContaining("whole number");
    TemplateSpec refused = new TemplateSpec("S2B2C", Map.of(Role.C, 0), 0, Map.of());
    assertThatThrownBy(() -> ModelFiles.writeTemplate(refused, folder.resolve("x.json")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(folder.toFile().list()).isEmpty();
  }
}
