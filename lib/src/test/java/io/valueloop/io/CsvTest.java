package io.valueloop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void writeRow_quotesOnlyFieldsThatNeedIt() throws IOException {
    StringBuilder out = new StringBuilder();

    Csv.writeRow(out, List.of("plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", ""));

    assertThat(out).hasToString("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",\n");
  }

  @Test
  void read_givesBackWhatWasWritten() throws IOException {
    List<String> fields = List.of("plain", "a,b", "say \"hi\"", "two\r\nlines", "", " padded ");
    StringBuilder out = new StringBuilder();
    Csv.writeRow(out, fields);
    Csv.writeRow(out, List.of("next"));
    Problems problems = new Problems();

    List<Csv.Row> rows = readAll(new StringReader(out.toString()), "f", problems);

    assertThat(problems.isEmpty()).isTrue();
    assertThat(rows).containsExactly(new Csv.Row(1, fields), new Csv.Row(3, List.of("next")));
  }

  @Test
  void read_countsLinesAcrossCrLfBlankLinesAndQuotedBreaks() throws IOException {
    Problems problems = new Problems();

    List<Csv.Row> rows = readAll(new StringReader("a\r\n\r\n\"b\nb\",c\rd\ne"), "f", problems);

    assertThat(rows).containsExactly(new Csv.Row(1, List.of("a")), new Csv.Row(3, List.of("b\nb", "c")),
        new Csv.Row(5, List.of("d")), new Csv.Row(6, List.of("e")));
  }

  @Test
  void read_dropsMalformedRecordsAndReportsThem() throws IOException {
    Problems problems = new Problems();

    List<Csv.Row> rows = readAll(new StringReader("ok\nx\"y\n\"z\"w\nok2\n\"open"), "f.csv", problems);

    assertThat(rows).filteredOn(row -> !row.malformed())
        .containsExactly(new Csv.Row(1, List.of("ok")), new Csv.Row(4, List.of("ok2")));
    assertThat(rows).filteredOn(Csv.Row::malformed).extracting(Csv.Row::line).containsExactly(2, 3, 5);
    assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(ModelFileException.class, e ->
        assertThat(e.problems()).extracting(ModelFileException.Problem::toString).containsExactly(
            "f.csv:2: a quote may only open a field but came after 'x'",
            "f.csv:3: a closing quote must end its field but was followed by 'w'",
            "f.csv:5: a quoted field must be closed but the file ended inside it"));
  }

  @Test
  void read_keepsARecordOfOneQuotedEmptyField() throws IOException {
    List<Csv.Row> rows = readAll(new StringReader("a\n\"\"\n\nb\n"), "f", new Problems());

    assertThat(rows).extracting(Csv.Row::line, Csv.Row::cells).containsExactly(tuple(1, List.of("a")),
        tuple(2, List.of("")), tuple(4, List.of("b")));
    assertThat(rows.get(1).isQuotedEmpty(0)).isTrue();
  }

  @Test
  void read_countsLineBreaksInsideQuotesInEveryConvention() throws IOException {
    List<Csv.Row> rows = readAll(new StringReader("\"a\rb\"\r\"c\r\nd\"\r\"e\nf\"\rg"), "f", new Problems());

    assertThat(rows).extracting(Csv.Row::line).containsExactly(1, 3, 5, 7);
  }

  /** Reads every record of a text. */
  static List<Csv.Row> readAll(StringReader in, String file, Problems problems) throws IOException {
    Csv.Records records = new Csv.Records(in, file, problems);
    List<Csv.Row> rows = new ArrayList<>();
    for (Csv.Row row = records.next(); row != null; row = records.next()) {
      rows.add(row);
    }
    return rows;
  }
}
