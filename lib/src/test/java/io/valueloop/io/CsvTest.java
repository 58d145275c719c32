package io.valueloop.io;

import static org.assertj.core.api.Assertions.assertThat;

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

    assertThat(rows).containsExactly(new Csv.Row(1, List.of("ok")), new Csv.Row(4, List.of("ok2")));
    assertThat(problems.isEmpty()).isFalse();
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
