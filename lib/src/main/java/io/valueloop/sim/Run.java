package io.valueloop.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One run of a {@link Simulation}, stepped tick by tick as the class documentation of {@link Simulation}
 * describes. It wires together the rooms of a run: the goods state ({@link RunState}), the money
 * ({@link Ledger}), the event schedule ({@link EventSchedule}), the ordering rules ({@link Rules}), the actors'
 * turns ({@link Turns}) and what is seen at the end of a tick (metrics, recorders, the conservation check and the
 * observer). Used once, by one thread at a time; with more than one thread per tick ({@link TickTeam}) it holds
 * worker threads from the first step until the last tick, a failure or {@link #close()}.
 */
final class Run implements AutoCloseable {
  private final Topology t;
  private final Scenario scenario;
  private final TickObserver observer;
  private final int n;
  private final int ticks;
  private final int warmUp;
  private int completed;
  /** Whether revenue and cost hold a measured tick's money not yet added to the metrics ({@link TickTeam#addMoney}). */
  private boolean moneyToAdd;

  private final RunState state;
  private final Ledger ledger;
  private final Rules rules;
  private final EventSchedule events;
  private final Turns[] turns;
  private final int smallLevel;
  private TickTeam team;
  private final EndOfTickView tickView;
  private final Metrics metrics;
  private final Recording recording;
  private final Conservation conservation;
  private final List<Diagnostic> diagnostics;
  private final Faults faults;
  private final RoleDynamics roles;

  Run(Topology topology, Scenario scenario, TickObserver observer, int threads, int smallLevel) {
    this.smallLevel = smallLevel;
    this.t = topology;
    this.scenario = scenario;
    this.observer = observer;
    this.n = topology.n;
    this.ticks = scenario.ticks();
    this.warmUp = scenario.warmUp();
    boolean sharing = scenario.informationSharing() && topology.pairSegment.length > 0;
    boolean check = scenario.conservationCheck();

    Footprint.run(topology, scenario, sharing);
    diagnostics = Diagnostics.of(topology, scenario);
    state = new RunState(topology, scenario, sharing);
    ledger = new Ledger(topology, check, threads > 1);
    rules = new Rules(topology, state);
    SetUpProblems problems = new SetUpProblems();
    state.leadTimes = problems.take(() -> LeadTimes.of(topology, scenario));
    state.shortages = problems.take(() -> Shortages.of(topology, scenario));
    state.sourcing = problems.take(() -> Sourcing.of(topology, state, scenario));
    state.channels = problems.take(() -> Channels.of(topology, scenario));
    List<Event> all = scenario.mechanics().faults().isEmpty() ? scenario.events() : new ArrayList<>(scenario.events());
    faults = problems.take(() -> Faults.draw(topology, scenario, state, all));
    problems.throwIfAny();
    events = new EventSchedule(topology, state, rules, all, ticks);
    roles = RoleDynamics.of(topology, scenario, state, ledger);
    metrics = new Metrics(topology, ticks - warmUp, threads > 1);
    recording = new Recording(topology, scenario);
    conservation = check ? new Conservation(topology, state, ledger) : null;
    if (roles != null) {
      roles.conservation = conservation;
    }
    DemandStream[] streams = startDemand();
    turns = new Turns[threads];
    for (int p = 0; p < threads; p++) {
      turns[p] = new Turns(topology, state, ledger, rules, streams, metrics, conservation, sharing);
    }
    tickView = new EndOfTickView(topology, state, ledger);
    if (scenario.steadyStart()) {
      double[] x = roles != null ? roles.grossOutput() : t.grossOutput(t.nominalDemand);
      state.fillSteadyState(conservation, state.channels == null ? x : state.channels.steadyOutput(x));
    }
    rules.startAll(scenario);
  }

  /** Returns how many actors take the plain turn ({@link PlainTurn}) while no link is down; for tests. */
  int plainActors() {
    return turns[0].plainActors();
  }

  /** Returns the number of ticks simulated so far. */
  int completed() {
    return completed;
  }

  /** Returns whether every tick of the scenario has been simulated. */
  boolean finished() {
    return completed == ticks;
  }

  /** Simulates the next tick and returns the view of its end, valid until the next step. */
  TickView step() {
    if (completed == ticks) {
      throw new IllegalStateException("run must have ticks left to step but was finished after " + ticks
          + " ticks");
    }
    if (team == null) {
      team = new TickTeam(t, turns, ledger, metrics, smallLevel);
    }
    boolean done = false;
    try {
      int tick = completed;
      events.apply(tick);
      if (faults != null) {
        faults.apply(tick, conservation);
      }
      if (roles != null) {
        roles.apply(tick);
      }
      if (state.channels != null) {
        state.channels.apply(tick);
      }
      // The last tick's revenue and cost stay readable in its view until now; they are added and cleared in one pass.
      if (moneyToAdd) {
        team.addMoney(true);
        moneyToAdd = false;
      } else {
        Arrays.fill(ledger.revenue, 0);
        Arrays.fill(ledger.cost, 0);
      }
      ledger.startTick();
      boolean measuring = tick >= warmUp;
      if (measuring) {
        metrics.startTick();
      }
      team.turns(tick, measuring);
      team.sums(measuring);
      if (state.channels != null) {
        state.channels.settle(ledger, state, measuring);
      }
      ledger.settleFees();
      if (roles != null) {
        roles.settle(tick);
      }
      endOfTick(tick, measuring);
      completed++;
      done = true;
    } finally {
      if (!done || completed == ticks) {
        close();
      }
    }
    return tickView;
  }

  /** Stops the worker threads of a run with more than one thread, if any; the run can go on stepping. */
  @Override
  public void close() {
    if (team != null) {
      team.close();
      team = null;
    }
  }

  /** Simulates the remaining ticks and returns the result. */
  SimulationResult finish() {
    while (completed < ticks) {
      step();
    }
    if (moneyToAdd) {
      // After the last tick, whose view may still be read: added, not cleared.
      metrics.addMoney(ledger.revenue, ledger.cost, 0, n, false);
      moneyToAdd = false;
    }
    metrics.finish();
    SimulationResult result = new SimulationResult(t.chain, scenario, metrics, recording, roles == null ? diagnostics
        : roles.diagnostics(diagnostics), state.shortages);
    if (roles != null) {
      result.populations = roles.traces();
      result.roles = roles.trace();
    }
    if (state.channels != null) {
      result.channels = state.channels.metrics();
      result.channelLosses = state.channels.measuredLosses();
    }
    return result;
  }

  private DemandStream[] startDemand() {
    DemandStream[] streams = new DemandStream[t.consumers.length];
    RandomStreams random = RandomStreams.of(scenario.seed());
    Map<String, DemandProcess> bySegment = scenario.segmentDemand();
    for (String id : bySegment.keySet()) {
      OptionalInt a = t.chain.indexOf(id);
      if (a.isEmpty() || t.kind[a.getAsInt()] != Topology.CONSUMER) {
        throw new IllegalArgumentException("demand segment must be a consumer segment of the chain but was '" + id
            + "' (" + (a.isEmpty() ? "unknown actor" : "role " + t.chain.role(a.getAsInt())) + ")");
      }
    }
    // Every stream's start is found first, and the generators and streams are made after, one segment after another:
    // with nothing allocated between them, the draws of a tick (Turns.drawDemand) read memory in sequence.
    DemandProcess[] processes = new DemandProcess[t.consumers.length];
    long[] starts = new long[t.consumers.length];
    for (int s = 0; s < t.consumers.length; s++) {
      String id = t.chain.id(t.consumers[s]);
      processes[s] = bySegment.getOrDefault(id, scenario.defaultDemand().orElse(null));
      if (processes[s] != null) {
        starts[s] = random.start(scenario.replication(), "demand/" + id);
      }
    }
    // A built-in uniform segment keeps its generator's state in flat arrays, with no stream or generator object.
    DemandProcesses.Uniform[] uniform = new DemandProcesses.Uniform[t.consumers.length];
    boolean anyUniform = false;
    for (int s = 0; s < t.consumers.length; s++) {
      if (processes[s] instanceof DemandProcesses.Uniform u) {
        uniform[s] = u;
        anyUniform = true;
      }
    }
    for (int s = 0; s < t.consumers.length; s++) {
      if (processes[s] == null) {
        double constant = t.nominalDemand[t.consumers[s]];
        streams[s] = tickIgnored -> constant;
      } else if (uniform[s] != null) {
        streams[s] = FlatUniform.IN_ARRAYS;
      } else {
        DemandStream stream = processes[s].start(RandomStreams.generator(starts[s]));
        if (stream == null) {
          throw new IllegalStateException("demand process must start a stream but returned null (segment "
              + t.chain.id(t.consumers[s]) + ")");
        }
        streams[s] = stream;
      }
    }
    state.flatDemand = anyUniform ? new FlatUniform(uniform, starts) : null;
    return streams;
  }

  /** Step 9: metrics, recorders, the conservation check and the observer see the end of the tick. */
  private void endOfTick(int tick, boolean measuring) {
    if (measuring) {
      moneyToAdd = true;
      metrics.endTick(ledger.ownCostThisTick);
    }
    tickView.tick = tick;
    recording.record(tickView, tick);
    if (conservation != null) {
      conservation.check(tick);
    }
    if (observer != null) {
      observer.afterTick(tickView);
    }
  }
}
