package io.valueloop.cli;

import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.pattern.BusinessModelCode;
import io.valueloop.pattern.ChainTemplate;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
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

  @Override
  public Integer call() throws Exception {
    ValueChain chain = chain();
    ChainPaths.write(chain, output);
    spec.commandLine().getErr().println("wrote " + output + ": " + chain.actorCount() + " actors, "
        + chain.flowCount() + " flows");
    return 0;
  }

  /** Builds the chain; a code or setting the template cannot take is a usage error. */
  private ValueChain chain() {
    try {
      ChainTemplate template = ChainTemplate.of(BusinessModelCode.parse(code)).seed(seed);
      for (Map.Entry<Role, Integer> count : counts.entrySet()) {
        template = template.count(count.getKey(), count.getValue());
      }
      template = apply(template, demand, ChainTemplate::demand);
      template = apply(template, basePrice, ChainTemplate::basePrice);
      template = apply(template, markup, ChainTemplate::markup);
      template = apply(template, productionCost, ChainTemplate::productionCost);
      template = apply(template, handlingCost, ChainTemplate::handlingCost);
      template = apply(template, holdingCost, ChainTemplate::holdingCost);
      template = apply(template, backlogCost, ChainTemplate::backlogCost);
      template = apply(template, leadTime, ChainTemplate::leadTime);
      template = apply(template, orderDelay, ChainTemplate::orderDelay);
      template = apply(template, dataDelay, ChainTemplate::dataDelay);
      template = apply(template, saasFee, ChainTemplate::saasFee);
      template = apply(template, platformTakeRate, ChainTemplate::platformTakeRate);
      template = apply(template, commission, ChainTemplate::commission);
      template = apply(template, maxSuppliers, ChainTemplate::maxSuppliers);
      return apply(template, onlineShare, ChainTemplate::onlineShare).build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private static <T> ChainTemplate apply(ChainTemplate template, T value,
      BiFunction<ChainTemplate, T, ChainTemplate> setting) {
    return value == null ? template : setting.apply(template, value);
  }
}
