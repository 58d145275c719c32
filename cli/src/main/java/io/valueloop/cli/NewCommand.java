package io.valueloop.cli;

import io.valueloop.io.AtomicFiles;
import io.valueloop.io.ModelFileException;
import io.valueloop.io.ModelFiles;
import io.valueloop.io.TemplateSpec;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.pattern.ChainTemplate;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code valueloop new}: a chain from a business-model code and a template's counts and settings. */
@Command(
    name = "new",
    header = "Write a chain built from a business-model code by a template.",
    description = "Writes a chain built from a business-model code by the template (counts per role, prices, "
        + "costs, delays), e.g. 'valueloop new S2B2C2S2B --count B=50 --count C=500 --seed 7 -o "
        + "chain.json'. Settings not given take the template's defaults.")
final class NewCommand implements Callable<Integer> {
  private static final String TEMPLATE = "/template";

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CODE", description = "the business-model code, e.g. S2B2C2S2B, S2B2C, C2M")
  private String code;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
      description = "the chain to write: FILE.json, or a folder for the CSV tables actors.csv and flows.csv")
  private Path output;

  @Option(names = "--count", paramLabel = "ROLE=N",
      description = "the number of actors of a role (M, S, B, C, P, L, F); repeatable. "
          + "Defaults: M=" + ChainTemplate.DEFAULT_MANUFACTURERS + ", S=" + ChainTemplate.DEFAULT_SUPPLY_PLATFORMS
          + ", B=" + ChainTemplate.DEFAULT_BUSINESSES + ", C=" + ChainTemplate.DEFAULT_CONSUMER_SEGMENTS
          + ", P=" + ChainTemplate.DEFAULT_MARKETPLACES)
  private Map<Role, Integer> counts = new LinkedHashMap<>();

  @Option(names = "--seed", paramLabel = "N", description = "the seed of the template's random choices (default: ${DEFAULT-VALUE})")
  private long seed = ChainTemplate.DEFAULT_SEED;

  @Option(names = "--demand", paramLabel = "UNITS", description = "mean demand per consumer segment per tick")
  private Double demand;

  @Option(names = "--base-price", paramLabel = "PRICE", description = "the price consumers pay")
  private Double basePrice;

  @Option(names = "--markup", paramLabel = "FRACTION", description = "each stage's markup over its input price")
  private Double markup;

  @Option(names = "--production-cost", paramLabel = "COST", description = "manufacturers' unit cost")
  private Double productionCost;

  @Option(names = "--handling-cost", paramLabel = "COST", description = "other actors' unit cost")
  private Double handlingCost;

  @Option(names = "--holding-cost", paramLabel = "COST", description = "holding cost per unit per tick")
  private Double holdingCost;

  @Option(names = "--backlog-cost", paramLabel = "COST", description = "backlog cost per unit per tick")
  private Double backlogCost;

  @Option(names = "--lead-time", paramLabel = "TICKS", description = "shipping lead time of goods flows")
  private Integer leadTime;

  @Option(names = "--order-delay", paramLabel = "TICKS", description = "order delay of goods flows")
  private Integer orderDelay;

  @Option(names = "--data-delay", paramLabel = "TICKS", description = "delay of consumer data flows")
  private Integer dataDelay;

  @Option(names = "--saas-fee", paramLabel = "FEE", description = "the supply platform's SaaS fee per tick")
  private Double saasFee;

  @Option(names = "--platform-take-rate", paramLabel = "FRACTION", description = "the supply platform's take rate")
  private Double platformTakeRate;

  @Option(names = "--commission", paramLabel = "FRACTION", description = "a marketplace's commission")
  private Double commission;

  @Option(names = "--max-suppliers", paramLabel = "N", description = "the most suppliers a buyer sources from")
  private Integer maxSuppliers;

  @Option(names = "--online-share", paramLabel = "FRACTION", description = "the share of businesses selling online")
  private Double onlineShare;

  @Option(names = "--template", description = "write the template itself (code, counts, seed, settings) as a small "
      + "chain file that builds the same chain when read, instead of the chain's actors and flows; FILE must be .json")
  private boolean templateOnly;

  @Override
  public Integer call() throws Exception {
    if (templateOnly && !ChainPaths.isJson(output)) {
      throw new ParameterException(spec.commandLine(), "--template needs a .json output but was " + output);
    }
    String template = templateJson();
    ValueChain chain = build(template);
    if (templateOnly) {
      AtomicFiles.writeText(Staging.parentsOf(output), out -> out.write(template));
    } else {
      ChainPaths.write(chain, output);
    }
    spec.commandLine().getErr().println("wrote " + output + ": " + (templateOnly ? "a template of " : "")
        + chain.actorCount() + " actors, " + chain.flowCount() + " flows");
    return 0;
  }

  /**
   * Builds the chain by reading the template as a chain file would hold it, so that the command and the file format
   * accept the same templates; a code, count or setting the template refuses is a usage error naming the option.
   */
  private ValueChain build(String template) throws IOException {
    try {
      return ModelFiles.readChain(new StringReader(template), "valueloop new");
    } catch (ModelFileException e) {
      List<String> lines = new ArrayList<>();
      for (ModelFileException.Problem problem : e.problems()) {
        lines.add(option(problem.field()) + ": " + problem.message());
      }
      throw new ParameterException(spec.commandLine(), String.join(System.lineSeparator(), lines), e);
    }
  }

  /** Names the option behind a JSON pointer of the template. */
  private static String option(String pointer) {
    String[] parts = pointer.split("/");
    String last = parts[parts.length - 1];
    if (pointer.startsWith(TEMPLATE + "/counts/")) {
      return "--count " + last;
    }
    if (pointer.startsWith(TEMPLATE + "/settings/")) {
      return "--" + last.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }
    if (pointer.equals(TEMPLATE + "/seed")) {
      return "--seed";
    }
    return pointer.equals(TEMPLATE + "/code") ? "CODE" : "the template";
  }

  /** Writes the template as a chain file holds it: the code, counts, seed and the settings given. */
  private String templateJson() throws IOException {
    Map<String, Number> given = new LinkedHashMap<>();
    given.put("demand", demand);
    given.put("basePrice", basePrice);
    given.put("markup", markup);
    given.put("productionCost", productionCost);
    given.put("handlingCost", handlingCost);
    given.put("holdingCost", holdingCost);
    given.put("backlogCost", backlogCost);
    given.put("leadTime", leadTime);
    given.put("orderDelay", orderDelay);
    given.put("dataDelay", dataDelay);
    given.put("saasFee", saasFee);
    given.put("platformTakeRate", platformTakeRate);
    given.put("commission", commission);
    given.put("maxSuppliers", maxSuppliers);
    given.put("onlineShare", onlineShare);
    Map<String, Double> settings = new LinkedHashMap<>();
    given.forEach((name, value) -> {
      if (value != null) {
        settings.put(name, value.doubleValue());
      }
    });
    TemplateSpec template;
    try {
      template = new TemplateSpec(code, counts, seed, settings);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "CODE: " + e.getMessage(), e);
    }
    StringWriter text = new StringWriter();
    ModelFiles.writeTemplate(template, text);
    return text.toString();
  }
}
