package io.valueloop.sim;

import io.valueloop.flow.CompiledChain;
import io.valueloop.internal.Preconditions;
import java.util.List;
import java.util.Objects;

/**
 * Tick-by-tick simulation of a compiled value chain (periodic review, discrete ticks), following the tick of docs/design.md §3 exactly.
 * A {@code Simulation} holds the chain and the run-independent arrays derived from it, and no per-run state: each
 * {@link #run(Scenario)} builds its own state, so one simulation may run many scenarios, also concurrently.
 *
 * <h2>State</h2>
 * Per actor: on-hand inventory of its own product; for an actor with goods suppliers, the inputs it holds (one
 * stock per input name: suppliers of the same input pool into one stock); the backlog it owes each customer; its
 * supply line; its capacity. Per goods flow: a ring buffer of goods in transit (shipping lead time {@code l}) and
 * one of orders in transit (order delay {@code o}); sources have a ring of production releases (the scenario's
 * production lead time {@code P}). Consumer segments hold no inventory: what they receive is consumed. Actors with
 * no goods flows at all (for example a marketplace P) hold nothing; they take part only through fees.
 *
 * <h2>One tick</h2>
 * A tick {@code t} does the nine steps of docs/design.md §3 in this order. Step 1 applies to the whole chain at once; then
 * the actors act <em>one after another</em> in increasing compiled index, downstream first (consumer segments at the
 * lowest indices, producers at the highest, see {@link CompiledChain}), each doing steps 2 to 8 before the next actor
 * starts; step 9 runs once every actor has acted.
 * <ol>
 *   <li>scheduled events ({@link Event}) that start or end at {@code t} apply: outages, capacity and demand shocks,
 *       link outages, price and policy changes; the outages of the scenario's random {@link Fault faults} are
 *       among them (drawn at set-up on each fault's own stream), and an actor that fails at {@code t} loses the
 *       fraction of its on-hand stock its fault destroys; then the segments with role dynamics ({@link Conversion})
 *       draw their leavers and converts and set their sellers' shares of the demand;</li>
 *   <li>goods due now arrive on every supply flow, also those a {@link RandomLeadTime random lead time} made due
 *       now (into the input stocks; then output is assembled from them, as
 *       much as the scarcest input allows: {@code made = min_k stock_k / r_k} with {@code r_k} the sum of the
 *       coefficients {@code inputCoefficient · share} of the flows of input {@code k}; for a plain reseller with
 *       coefficient one this is all it received). A source (an actor with no goods suppliers) receives the
 *       production it released {@code P} ticks ago, {@code P} being the scenario's production lead time; it needs no
 *       input;</li>
 *   <li>a consumer segment draws its demand (its {@link DemandProcess}, default the constant
 *       {@link io.valueloop.model.Actor#demand()}, times active demand shocks) and orders {@code demand ·
 *       coefficient(g)} on each of its goods flows {@code g} (its share of the demand on that seller); segments hold
 *       no inventory: what they receive is consumed;</li>
 *   <li>orders due now arrive from customers and add to what is owed to each of them;</li>
 *   <li>the actor ships: with {@code O} the total owed (old backlog plus new orders) over flows not in a link
 *       outage and {@code A = min(on-hand, capacity)}, every customer gets its owed quantity if {@code O <= A},
 *       otherwise the same fraction {@code A / O} of it (proportional allocation to what each customer is owed,
 *       deterministic), each then capped by the flow's capacity (what a cap holds back is not given to others this
 *       tick); the rest stays owed as backlog, consumer orders included (unfilled demand is backlogged), unless a
 *       {@link Shortage} rule of the flow loses it: at once (lost sales) or once it has waited its patience, the
 *       oldest orders being served first. A shipment on a flow with a {@link RandomLeadTime} draws its lead time
 *       here;</li>
 *   <li>money moves: the buyer pays {@code price · shipped} to the seller for each shipment on a goods flow with a
 *       payment ({@link CompiledChain#payment(int)}, a trade), so consumers pay the businesses they buy from; own
 *       costs accrue: unit cost per unit shipped, holding cost per unit on hand after shipping (of output; inputs
 *       held are not charged) and backlog cost per unit owed after shipping. Service fees ({@code fee + takeRate ·
 *       base} per tick, paid by the served actor to the provider, the base being the served actor's goods sales,
 *       sales to consumers or goods purchases of this tick per {@link io.valueloop.model.FeeBase}) are settled once
 *       every actor has shipped, since a served actor's purchases are only known then;</li>
 *   <li>the actor observes its demand signal: its incoming orders of this tick; or, if the scenario shares
 *       information and DATA paths reach it from consumer segments, {@code sum over those segments c of
 *       w(a, c) · demand_c(t - δ(c, a))}, where {@code δ(c, a)} is the smallest total delay of a DATA path from
 *       {@code c} to the actor and {@code w(a, c)} the units of its product that one unit of {@code c}'s demand
 *       needs (the sum over goods paths from the actor to {@code c} of the product of the coefficients; 1 in a
 *       plain distribution chain). Before tick 0 a segment's demand is its nominal
 *       {@link io.valueloop.model.Actor#demand()}. When the data of only some of the segments it serves reaches
 *       the actor (partial coverage), the rest of its demand still comes in as orders, so the signal is
 *       <pre>
 *   D_t(a) = sum over covered segments c of w(a, c) · demand_c(t - δ(c, a))
 *          + sum over its goods flows g to customers of u(g) · incoming_g(t),
 *       </pre>
 *       where {@code u(g)}, fixed at set-up, is the share of the orders of {@code g}'s buyer {@code b} that serves
 *       segments whose data does not reach the actor: {@code u(g) = 1 - sum over covered c of w(b, c)·d_c / sum
 *       over all c of w(b, c)·d_c}, with {@code d_c} the nominal demand (or 1 for every segment if {@code b} serves
 *       no nominal demand). A buyer that serves only covered segments adds nothing, one that serves only uncovered
 *       ones adds all its orders, one that serves both adds in proportion; in the steady state the signal is the
 *       actor's gross output, whatever the coverage;</li>
 *   <li>its {@link OrderRule} decides an order {@code q} in own-product units, cut to {@code max(0, q)} unless
 *       negative orders are allowed; it is sent as {@code q · coefficient(g)} on each supply flow {@code g}
 *       ({@code coefficient(g) = inputCoefficient · share}; a {@link SourcingRule} other than fixed shares splits
 *       each input's units among its suppliers by what the buyer sees of them instead), or, for a source, released
 *       to production (limited by capacity). An assembler (two or more inputs) orders each input up to the level its decision needs
 *       (Rosling 1989, see {@link Policies}): an input held or on order ahead of the scarcest one is ordered
 *       less;</li>
 *   <li>metrics, recorders, the conservation check (when on) and the {@link TickObserver} see the end of the
 *       tick.</li>
 * </ol>
 * Consumer segments do steps 2 and 3 before every other actor's turn; this is the same as acting in index order,
 * since they depend on nothing done in the same tick and every actor that ships goods has a higher index than every
 * segment.
 *
 * <h2>Timing (the lead-time convention)</h2>
 * An order decided at step 8 of tick {@code t} on a flow with order delay {@code o} reaches the seller at step 4
 * of tick {@code t + o}. {@code o = 0} works because sellers act after their buyers in a tick; inside a goods cycle
 * (a buyer and seller in the same cyclic component, {@link CompiledChain#isCyclic(int)}) that fails, so there an
 * order delay of 0 is rejected when the simulation is set up, naming the flow. Goods shipped at step 5 of tick
 * {@code s} with shipping lead time {@code l} arrive at step 2 of tick {@code s + l}; {@code l >= 1} is required
 * of every goods flow (rejected at set-up otherwise, naming the flow). Hence an actor's lead time
 * {@link ActorView#leadTime()} is {@code L = o + l >= 1}, the largest over its supply flows, or {@code P} for a
 * source: an order decided at step 8 of tick {@code t} is usable at step 2 of tick {@code t + L} (if the seller
 * has the stock to ship it at once), so it must cover the demand of ticks {@code t + 1, ..., t + L}.
 *
 * <h2>Negative orders</h2>
 * With {@link Scenario.Builder#negativeOrders(boolean) negative orders allowed} the simulation follows the
 * textbook identities: orders keep their sign; each actor ships everything owed at once whatever its on-hand
 * (capacity and flow capacities are not applied, but an outage, which makes capacity zero, or a link outage holds
 * shipments back), so negative shipments are returns travelling the same pipelines; on-hand may go negative, and
 * that negative part is reported as backlog ({@code onHand = max(0, net)}, {@code backlog = owed + max(0, -net)}).
 * Every conservation law still holds.
 *
 * <h2>Conservation</h2>
 * At the end of every tick, from the start of the run: for each goods flow, cumulative shipped = cumulative received
 * + in transit (and likewise orders: sent = arrived at the seller + in transit; owed = arrived − shipped − lost
 * under a {@link Shortage} rule); for each actor, inventory change = received (made, for an assembler; produced,
 * for a source) − shipped − destroyed by {@link Fault faults}, and each input held = received − made ·
 * requirement; money in = money out across the chain: what sellers receive for goods equals what buyers pay, fees
 * received equal fees paid, and consumer spend, the only source of money, equals the profit of all other actors
 * plus every actor's own costs, the only sink. {@link Scenario.Builder#conservationCheck(boolean)} checks all of
 * these every tick.
 *
 * <h2>Cost</h2>
 * Set-up: O(n + m) for the arrays plus, for information sharing, a Dijkstra search over the DATA flows and a
 * multiplier pass over the goods-upstream actors of each segment that sends data. A tick: O(n + m + p + s) with
 * {@code p} the information-sharing pairs and {@code s} the service flows, on flat arrays, with no allocation
 * (rules and streams are created once per run); the state of an actor and of a flow sit in packed records, so a tick
 * streams through a few arrays. Memory: about 400 bytes per actor and 150 per goods flow, plus 8 bytes per pipeline
 * slot ({@code l + 1} and {@code o + 1} per flow, rounded up to powers of two) and the recorded series. It is
 * estimated before anything is allocated, when the simulation is prepared and when a run is set up, and a chain or
 * scenario that would not fit (a ring above 2^30 slots, an array above 2^31 - 9 elements, or more than
 * {@link Runtime#maxMemory()} in all) is refused with what would not fit and how much it would need. Events cost
 * O(e log e) at set-up and, per tick, only the events starting or ending then. The mechanics of {@link Mechanics}
 * add, per tick, O(1) per flow with a shortage rule ({@code O(k)} with patience {@code k}) or a random lead time and
 * O(suppliers) per buyer with a sourcing rule; faults cost what their outage events cost; none allocates.
 *
 * <h2>Order of the turns in practice</h2>
 * The results are those of the order above, bit for bit, but the turns need not run in it: any order in which every
 * seller acts after its buyers (and after the segments whose data it reads) gives the same state, because an actor's
 * turn reads nothing else written in the same tick; the few sums over many actors (a buyer's cost when several
 * sellers ship to it, the own costs, the role sums of the metrics) are formed after the turns in index order. One
 * thread runs them in index order; with {@link #withThreads(int) several threads} each goods level is shared among
 * them.
 *
 * <p>References: Sterman (1989), "Modeling managerial behavior", Management Science 35(3) (the beer game's event
 * order); Chen, Drezner, Ryan and Simchi-Levi (2000), Management Science 46(3) (lead time and bullwhip measure).
 */
public final class Simulation {
  private final CompiledChain chain;
  private final Topology topology;
  private final int threads;
  private final int smallLevel;

  private Simulation(CompiledChain chain, Topology topology, int threads, int smallLevel) {
    this.chain = chain;
    this.topology = topology;
    this.threads = threads;
    this.smallLevel = smallLevel;
  }

  /**
   * Prepares the simulation of a chain.
   *
   * @param chain the compiled chain
   * @return the simulation
   * @throws IllegalArgumentException if a goods flow has a shipping lead time below 1, a goods flow inside a goods
   *     cycle has order delay 0, a goods cycle is not productive, or a lead time or order delay of 2^30 ticks or
   *     more, or the pipelines as a whole, would not fit in memory (message names the flow and the memory needed)
   */
  public static Simulation of(CompiledChain chain) {
    return new Simulation(Objects.requireNonNull(chain, "chain"), new Topology(chain), 1, TickTeam.SMALL);
  }

  /**
   * Returns this simulation with each tick's turns shared among {@code threads} threads (the default is 1). The
   * actors of one goods level ({@link CompiledChain#levelStart(int)}) share no goods flow, so each level is split
   * into contiguous ranges of actors, one per thread; every sum over actors is still formed in actor order, and a
   * goods cycle is never split, so the results are the same bit for bit whatever the number of threads. A run
   * holds {@code threads - 1} worker threads from its first tick to its last ({@link SimulationRun#close()} stops
   * them early); a tick allocates nothing either way.
   *
   * <p>With more than one thread, the rules of different actors (and the demand streams of different segments)
   * are called concurrently: a policy or demand process must not share mutable state between the rules or streams
   * it starts. The built-in ones do not.
   *
   * @param threads the number of threads per tick, counting the caller's, at least 1
   * @return a simulation of the same chain sharing this one's compiled arrays
   * @throws IllegalArgumentException if {@code threads < 1}
   */
  public Simulation withThreads(int threads) {
    return new Simulation(chain, topology, Preconditions.atLeast("threads", threads, 1), TickTeam.SMALL);
  }

  /** As {@link #withThreads(int)}, splitting levels of at least {@code smallLevel} actors (tests split tiny ones). */
  Simulation withThreads(int threads, int smallLevel) {
    return new Simulation(chain, topology, Preconditions.atLeast("threads", threads, 1), smallLevel);
  }

  /** {@return the number of threads each tick is shared among} */
  public int threads() {
    return threads;
  }

  /** {@return the chain simulated} */
  public CompiledChain chain() {
    return chain;
  }

  /**
   * Runs a scenario.
   *
   * @param scenario the scenario
   * @return the result
   * @throws IllegalArgumentException if the scenario names an actor or flow the chain does not have, or in a role
   *     that cannot play the part (for example a demand process for an actor that is not a consumer segment), or
   *     the run would not fit in memory: a production lead time or DATA delay of 2^30 ticks or more, or pipelines,
   *     history and recorded series beyond one array or {@link Runtime#maxMemory()} (the message says which part and
   *     how many MiB it would need)
   * @throws IllegalStateException if a rule orders NaN or infinity, a demand stream draws a negative or non-finite
   *     demand, or the conservation check (when on) fails; the message names the actor or flow and the tick
   */
  public SimulationResult run(Scenario scenario) {
    return new Run(topology, Objects.requireNonNull(scenario, "scenario"), null, threads, smallLevel).finish();
  }

  /**
   * Runs a scenario, calling an observer at the end of every tick.
   *
   * @param scenario the scenario
   * @param observer the observer
   * @return the result
   * @throws IllegalArgumentException as {@link #run(Scenario)}
   * @throws IllegalStateException as {@link #run(Scenario)}
   */
  public SimulationResult run(Scenario scenario, TickObserver observer) {
    return new Run(topology, Objects.requireNonNull(scenario, "scenario"), Objects.requireNonNull(observer,
        "observer"), threads, smallLevel).finish();
  }

  /**
   * Starts a run to be stepped tick by tick, for interactive use, teaching and benchmarks; {@link #run(Scenario)}
   * is {@code start(scenario).finish()}.
   *
   * @param scenario the scenario
   * @return the run, before its first tick (rules and demand streams started, pipelines filled)
   * @throws IllegalArgumentException as {@link #run(Scenario)}
   */
  public SimulationRun start(Scenario scenario) {
    return new SimulationRun(new Run(topology, Objects.requireNonNull(scenario, "scenario"), null, threads, smallLevel));
  }

  /**
   * Returns the diagnostics a run of the scenario would have ({@link SimulationResult#diagnostics()}) without running
   * it: they depend only on the chain and the scenario, not on random draws (but for {@link
   * Diagnostic.Code#CONVERTS_WITHOUT_SEAT}, which only a run finds). For tools that run a scenario many times
   * (an experiment's replications) and report its diagnostics once.
   *
   * @param scenario a scenario that runs on this chain (one a run has accepted)
   * @return the diagnostics, unmodifiable, in the order of {@link Diagnostic.Code}; empty if there are none
   */
  public List<Diagnostic> diagnostics(Scenario scenario) {
    return List.copyOf(Diagnostics.of(topology, Objects.requireNonNull(scenario, "scenario")));
  }

  @Override
  public String toString() {
    return "Simulation{" + chain + (threads > 1 ? ", threads=" + threads : "") + "}";
  }
}
