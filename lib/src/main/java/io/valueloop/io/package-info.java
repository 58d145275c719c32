/**
 * Reading and writing value chains and results, at the edge of the library: {@link io.valueloop.io.ChainFiles}
 * reads and writes a chain as two CSV tables (reporting every malformed cell with its file, line and column in a
 * {@link io.valueloop.io.ModelFileException}), {@link io.valueloop.io.ResultTables} writes steady states and runs
 * as tidy CSV for R and pandas, and {@link io.valueloop.io.ChainDiagram} draws a chain as Graphviz DOT, Mermaid or
 * GraphML.
 */
package io.valueloop.io;
