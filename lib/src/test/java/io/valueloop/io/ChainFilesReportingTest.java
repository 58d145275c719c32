package io.valueloop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.model.ChainValidationException;
import io.valueloop.model.ValueChain;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each problem of the files is reported once, at its cause, with a hint where a common mistake is likely. */
class ChainFilesReportingTest {
  private static final String ACTORS = "id,role,demand\nm,M,\nb,B,\nc,C,10\n";
  private static final String FLOWS = "source,target,kind,price\nm,b,GOODS,1\nb,m,MONEY,\nb,c,GOODS,2\nc,b,MONEY,\n";

  @Test
  void read_reportsARepeatedFlowAtItsLineNamingTheFirst() {
    String flows = FLOWS + "b,c,GOODS,3\nm,b,GOODS,1\n";

    assertThat(problems(ACTORS, flows)).containsExactly(
        "flows.csv:6: the flow must be unique between two actors but GOODS b->c is on line 4 too",
        "flows.csv:7: the flow must be unique between two actors but GOODS m->b is on line 2 too");
  }

  @Test
  void read_reportsCellErrorsAndTheChainsRulesInOnePass() {
    String actors = "id,role,demand\nm,M,\nb,B,-4\nc,C,lots\n";
    String flows = FLOWS + "m,c,GOODS,x\n";

    assertThatThrownBy(() -> read(actors, flows)).isInstanceOfSatisfying(ModelFileException.class, e -> {
      assertThat(e.problems()).extracting(ModelFileException.Problem::toString).containsExactly(
          "actors.csv:3: demand: demand must be finite and non-negative but was -4.0 (actor b)",
          "actors.csv:4: demand: the value must be a decimal number within the range of a double (or inf) but was"
              + " 'lots'",
          "flows.csv:6: price: the value must be a decimal number within the range of a double (or inf) but was"
              + " 'x'");
      assertThat(e.getCause()).isInstanceOf(ChainValidationException.class);
    });
  }

  @Test
  void read_leavesOutProblemsThatOnlyFollowFromARejectedRow() {
    // The goods row b->c is rejected: its payment and c's shares would be knock-on problems; m's loop is not.
    String flows = "source,target,kind,price,share,leadTime\nm,b,GOODS,1,,\nb,m,MONEY,,,\nb,c,GOODS,-x,,\n"
        + "c,b,MONEY,,,\nm,m,GOODS,,0.5,0\n";

    assertThat(problems(ACTORS, flows)).containsExactly(
        "actors.csv:2: shares of input 'M' of buyer m must add to 1 but was 0.5 (from m)",
        "actors.csv:2: goods cycle total delay must be positive but was 0 (self-flow of m)",
        "flows.csv:4: price: the value must be a decimal number within the range of a double (or inf) but was '-x'");
  }

  @Test
  void read_reportsAMissingColumnOnceNotOnEveryRecord() {
    assertThat(problems("id,demand\nm,\nb,\nc,10\n", FLOWS)).containsExactly(
        "actors.csv:1: role: the column must be present but was missing");
    assertThat(problems("role,demand\nM,\nB,\nC,10\n", FLOWS)).containsExactly(
        "actors.csv:1: id: the column must be present but was missing");
    assertThat(problems(ACTORS, "source,target,price\nm,b,1\nb,m,\n")).containsExactly(
        "flows.csv:1: kind: the column must be present but was missing");
  }

  @Test
  void read_reportsAHeaderThatLostAColumnOnce() {
    assertThat(problems("id,role\nm,M,\nb,B,\nc,C,10\n", FLOWS)).containsExactly(
        "actors.csv:1: the header must have as many columns as the records but had 2 while all 3 records had 3"
            + " fields");
  }

  @Test
  void read_reportsAnUnknownColumnOnceAndStillReadsTheRecords() {
    assertThat(problems("id,role,demnd\nm,M,\nb,B,\nc,C,x\n", FLOWS)).containsExactly(
        "actors.csv:1: demnd: the column must be one of id, role, name, capacity, unitCost, holdingCost, backlogCost,"
            + " initialInventory, demand or attr.<key> but was 'demnd'");
    assertThat(problems("id,role, demand\nm,M,\nb,B,\nc,C,10\n", FLOWS)).containsExactly(
        "actors.csv:1:  demand: the column must be one of id, role, name, capacity, unitCost, holdingCost,"
            + " backlogCost, initialInventory, demand or attr.<key> but was ' demand' (with spaces around the name)");
  }

  @Test
  void read_hintsAtTheDelimiterOfASemicolonSeparatedFile() {
    String actors = "id;role;demand\nm;M;\nb;B;\nc;C;10,5\n";

    assertThat(problems(actors, FLOWS.replace(',', ';'))).containsExactly(
        "actors.csv:1: the file must be comma-separated but its header has no comma and is separated by ; (a"
            + " spreadsheet set to a language that writes decimal commas saves so): save it as CSV with ',' between"
            + " fields and '.' in numbers",
        "flows.csv:1: the file must be comma-separated but its header has no comma and is separated by ; (a"
            + " spreadsheet set to a language that writes decimal commas saves so): save it as CSV with ',' between"
            + " fields and '.' in numbers");
  }

  @Test
  void read_hintsAtAnIdWithSpacesAround() {
    assertThat(problems(ACTORS.replace("\nb,", "\nb ,"), FLOWS)).containsExactly(
        "flows.csv:2: target: the value must be an actor id of actors.csv but was 'b' (actor 'b ' differs only in"
            + " spaces around it)",
        "flows.csv:3: source: the value must be an actor id of actors.csv but was 'b' (actor 'b ' differs only in"
            + " spaces around it)",
        "flows.csv:4: source: the value must be an actor id of actors.csv but was 'b' (actor 'b ' differs only in"
            + " spaces around it)",
        "flows.csv:5: target: the value must be an actor id of actors.csv but was 'b' (actor 'b ' differs only in"
            + " spaces around it)");
  }

  @Test
  void read_doesNotRepeatAMalformedActorRowAtEveryFlowThatNamesIt() {
    String actors = "id,role,name\nm,M,\nb,B,Shop, north\nc,C,\n";

    assertThat(problems(actors, FLOWS)).containsExactly(
        "actors.csv:3: the record must have 3 fields, as the header, but had 4");
  }

  @Test
  void read_reportsAMissingFileByName(@TempDir Path folder) throws Exception {
    Path actors = folder.resolve("actors.csv");
    Path flows = folder.resolve("flows.csv");
    Files.writeString(flows, FLOWS);

    assertThatThrownBy(() -> ChainFiles.read(actors, flows)).isInstanceOfSatisfying(ModelFileException.class, e ->
        assertThat(e.problems()).containsExactly(new ModelFileException.Problem(actors.toString(), 0, "",
            "the file must exist but was not found")));
    assertThatThrownBy(() -> ChainFiles.read(folder, folder.resolve("nothing.csv")))
        .isInstanceOfSatisfying(ModelFileException.class, e ->
            assertThat(e.problems()).extracting(ModelFileException.Problem::message).containsExactly(
                "the file must be a file but was a folder", "the file must exist but was not found"));
  }

  private static ValueChain read(String actors, String flows) throws Exception {
    return ChainFiles.read(new StringReader(actors), "actors.csv", new StringReader(flows), "flows.csv");
  }

  /** The problems reading the texts gives, as strings; fails if it gives a chain. */
  private static List<String> problems(String actors, String flows) {
    try {
      ValueChain chain = read(actors, flows);
      throw new AssertionError("expected problems but read " + chain);
    } catch (ModelFileException e) {
      return e.problems().stream().map(ModelFileException.Problem::toString).toList();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
