package io.valueloop.experiment;

import static io.valueloop.experiment.ExperimentFixtures.noisy;
import static io.valueloop.experiment.ExperimentFixtures.serial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.model.Role;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV tables, parsed back by an RFC 4180 reader written here. */
class ExperimentResultCsvTest {
  private static final String AWKWARD = "say \"hi\", twice";

  private static ExperimentResult result() {
    return Experiment.builder(serial())
        .scenario("plain", noisy(60, false).build())
        .scenario(AWKWARD, noisy(60, true).build())
        .measure(Measure.bullwhip(Role.S))
        .measure("profit, B", r -> r.metrics(Role.B).profit())
        .replications(3)
        .build()
        .run();
  }

  @Test
  void writeValues_roundTripsEveryValueAndName() throws IOException {
    ExperimentResult result = result();
    StringWriter out = new StringWriter();

    result.writeValues(out);

    List<List<String>> rows = parse(out.toString());
    assertThat(rows.get(0)).containsExactly("scenario", "replication", "measure", "value");
    assertThat(rows).hasSize(1 + 2 * 3 * 2);
    int row = 1;
    for (String scenario : List.of("plain", AWKWARD)) {
      for (int r = 0; r < 3; r++) {
        for (String measure : List.of("bullwhip S", "profit, B")) {
          List<String> fields = rows.get(row++);
          assertThat(fields.subList(0, 3)).containsExactly(scenario, Integer.toString(r), measure);
          assertThat(Double.parseDouble(fields.get(3))).isEqualTo(result.value(scenario, measure, r));
        }
      }
    }
  }

  @Test
  void writeSummary_roundTripsEverySummary() throws IOException {
    ExperimentResult result = result();
    StringWriter out = new StringWriter();

    result.writeSummary(out, 0.9);

    List<List<String>> rows = parse(out.toString());
    assertThat(rows.get(0)).containsExactly("scenario", "measure", "n", "mean", "sd", "se", "ci_low", "ci_high",
        "level");
    assertThat(rows).hasSize(1 + 2 * 2);
    List<String> awkward = rows.get(4);
    Summary expected = result.summary(AWKWARD, "profit, B", 0.9);
    assertThat(awkward.subList(0, 2)).containsExactly(AWKWARD, "profit, B");
    assertThat(Integer.parseInt(awkward.get(2))).isEqualTo(3);
    assertThat(awkward.subList(3, 9).stream().mapToDouble(Double::parseDouble).toArray()).containsExactly(
        expected.mean(), expected.sd(), expected.se(), expected.low(), expected.high(), 0.9);
  }

  @Test
  void writeToPath_writesTheSameTextInUtf8(@TempDir Path directory) throws IOException {
    ExperimentResult result = result();
    Path values = directory.resolve("values.csv");
    Path summary = directory.resolve("summary.csv");
    StringWriter expectedValues = new StringWriter();
    StringWriter expectedSummary = new StringWriter();
    result.writeValues(expectedValues);
    result.writeSummary(expectedSummary, 0.95);

    result.writeValues(values);
    result.writeSummary(summary, 0.95);

    assertThat(Files.readString(values, StandardCharsets.UTF_8)).isEqualTo(expectedValues.toString());
    assertThat(Files.readString(summary, StandardCharsets.UTF_8)).isEqualTo(expectedSummary.toString());
  }

  @Test
  void writeSummary_rejectsBadLevel() {
    ExperimentResult result = result();

    assertThatThrownBy(() -> result.writeSummary(new StringWriter(), 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("level must be in (0, 1) but was 1.5 (confidence interval)");
  }

  @Test
  void quote_followsRfc4180() {
    assertThat(ExperimentResult.quote("plain name")).isEqualTo("plain name");
    assertThat(ExperimentResult.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(ExperimentResult.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(ExperimentResult.quote("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  /** Parses RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
  private static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    assertThat(field).isEmpty();
    assertThat(row).isEmpty();
    return rows;
  }
}
