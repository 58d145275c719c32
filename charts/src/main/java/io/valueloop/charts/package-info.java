/**
 * Pictures and reports of ValueLoop results, drawn without Graphviz, a network or a script (docs/design.md).
 *
 * <ul>
 *   <li>{@link io.valueloop.charts.ResultCharts}: the chart kinds from results — orders, inventory and backlog per
 *       echelon over time, the bullwhip per goods tier, value-capture shares per role, experiment summaries with
 *       confidence intervals, sweeps with confidence bands; {@link io.valueloop.charts.Charts} makes the same kinds
 *       from plain numbers. Each {@link io.valueloop.charts.Chart} renders as SVG and as PNG (drawn by XChart,
 *       headless).</li>
 *   <li>{@link io.valueloop.charts.ChainDrawing}: a chain as SVG, layered by goods tier, flow kinds told apart by
 *       colour and dash, large chains aggregated by role and tier.</li>
 *   <li>{@link io.valueloop.charts.Reports}: one self-contained HTML report of a steady state, a simulation run or
 *       an experiment, built as a {@link io.valueloop.charts.Report} from {@link io.valueloop.charts.Table tables},
 *       charts and the drawing, and written atomically.</li>
 * </ul>
 *
 * <p>Files are written whole or not at all: a temporary file in the same folder, then a move.
 */
package io.valueloop.charts;
