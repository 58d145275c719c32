package io.valueloop.sim;

import io.valueloop.flow.Adjacency;
import io.valueloop.model.FlowKind;
import io.valueloop.model.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the {@link Diagnostic diagnostics} of a scenario on a chain when a run is set up: O(n + m + events +
 * recorders).
 */
final class Diagnostics {

  private Diagnostics() {}

  /** Returns the diagnostics of running {@code scenario} on {@code t}, in the order of {@link Diagnostic.Code}. */
  static List<Diagnostic> of(Topology t, Scenario scenario) {
    List<Diagnostic> found = new ArrayList<>();
    int dataFlows = t.chain.flows(FlowKind.DATA).count();
    int before = found.size();
    if (scenario.informationSharing() && dataFlows > 0) {
      Adjacency dataIn = t.chain.flows(FlowKind.DATA).in();
      for (int a = 0; a < t.n; a++) {
        if (t.orders(a) && dataIn.degree(a) > 0 && t.pairStart[a] == t.pairStart[a + 1]) {
          String id = t.chain.id(a);
          found.add(new Diagnostic(Diagnostic.Severity.INFO, Diagnostic.Code.SHARING_WITHOUT_DATA_PATH,
              "information sharing is on and actor " + id + " receives DATA flows, but no DATA path from a consumer "
                  + "segment reaches it: it orders on its incoming orders", Optional.of(id)));
        }
      }
    }
    if (scenario.informationSharing() && dataFlows > 0 && t.pairSegment.length == 0 && found.size() == before
        && ordering(t)) {
      found.add(new Diagnostic(Diagnostic.Severity.INFO, Diagnostic.Code.SHARING_WITHOUT_DATA_PATH,
          "information sharing is on and the chain has " + dataFlows + " DATA flows, but no DATA path from a "
              + "consumer segment reaches an actor that orders: every actor orders on its incoming orders, as with "
              + "sharing off", Optional.empty()));
    }
    Map<String, DemandProcess> bySegment = scenario.segmentDemand();
    for (int c : t.consumers) {
      String id = t.chain.id(c);
      boolean demand = t.nominalDemand[c] > 0 || bySegment.containsKey(id) || scenario.defaultDemand().isPresent();
      if (demand && t.inStart[c + 1] == t.inStart[c]) {
        found.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Code.SEGMENT_WITHOUT_SELLER,
            "consumer segment " + id + " has demand but no seller: its demand is never served", Optional.of(id)));
      }
    }
    for (Event event : scenario.events()) {
      if (event.from() >= scenario.ticks()) {
        found.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Code.EVENT_AFTER_END,
            "event " + event + " starts at tick " + event.from() + ", after the run's last tick "
                + (scenario.ticks() - 1) + ": it never applies", Optional.empty()));
      }
    }
    Set<Role> present = EnumSet.noneOf(Role.class);
    for (int a = 0; a < t.n; a++) {
      present.add(t.chain.role(a));
    }
    for (Map.Entry<Series, Set<Role>> e : scenario.recordedRoles().entrySet()) {
      for (Role role : e.getValue()) {
        if (!present.contains(role)) {
          found.add(new Diagnostic(Diagnostic.Severity.INFO, Diagnostic.Code.RECORDER_WITHOUT_ACTORS,
              "series " + e.getKey() + " is recorded for role " + role + " but there are no actors of role " + role
                  + ": nothing is recorded", Optional.empty()));
        }
      }
    }
    if (scenario.steadyStart() && scenario.warmUp() == 0) {
      for (int c : t.consumers) {
        String id = t.chain.id(c);
        boolean process = bySegment.containsKey(id) || scenario.defaultDemand().isPresent();
        if (process && t.nominalDemand[c] == 0 && t.inStart[c + 1] > t.inStart[c]) {
          found.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Code.TRANSIENT_FROM_ZERO_NOMINAL_DEMAND,
              "consumer segment " + id + " has a demand process but nominal demand 0: the steady start leaves its "
                  + "pipelines empty and the metrics include the start-up transient; set its demand to the "
                  + "process's mean or set a warm-up", Optional.of(id)));
        }
      }
    }
    Channels.diagnose(t, scenario, found);
    return List.copyOf(found);
  }

  private static boolean ordering(Topology t) {
    for (int a = 0; a < t.n; a++) {
      if (t.orders(a)) {
        return true;
      }
    }
    return false;
  }
}
