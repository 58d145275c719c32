package io.valueloop.sim;

import io.valueloop.flow.GoodsEquation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The diagnostics of role dynamics found while running (docs/design.md §3, role dynamics): converts that found no
 * free seat, and information-sharing weights that could not follow a change exactly (a goods loop upstream of a
 * shared segment whose column did not converge under the run's coefficients, {@link DataWeights}). Every other
 * change moves the DATA weights exactly, so nothing is reported at set-up. Costs O(segments) once, at the end.
 */
final class RoleDiagnostics {

  private RoleDiagnostics() {}

  /**
   * Returns {@code found} with a warning for each segment whose converts found no free seat, and one if the DATA
   * weights of a goods loop did not converge.
   */
  static List<Diagnostic> finish(List<Diagnostic> found, ConversionSegment[] segments, boolean weightsDiverged) {
    List<Diagnostic> all = null;
    for (ConversionSegment s : segments) {
      if (s.unseated > 0) {
        if (all == null) {
          all = new ArrayList<>(found);
        }
        String id = s.conversion.segmentId();
        all.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Code.CONVERTS_WITHOUT_SEAT,
            "segment " + id + "'s conversion drew " + s.unseated + " converts that found no free seat among its "
                + s.seatCount() + " candidates: they stayed in the pool, so the converted share is capped by the "
                + "seats, not the diffusion; add candidates (Seats.add) to follow the whole curve", Optional.of(id)));
      }
    }
    if (weightsDiverged) {
      if (all == null) {
        all = new ArrayList<>(found);
      }
      all.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Code.ROLE_DYNAMICS_DATA_WEIGHTS,
          "information sharing: after a role change, the DATA weights of a goods loop upstream of a shared segment "
              + "did not converge within " + GoodsEquation.MAX_SWEEPS + " sweeps under the run's "
              + "coefficients (the loop is not productive with the current shares): the signals weighing it are "
              + "approximate", Optional.empty()));
    }
    return all == null ? found : List.copyOf(all);
  }
}
