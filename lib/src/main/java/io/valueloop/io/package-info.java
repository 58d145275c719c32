/**
 * Reading and writing value chains and results. {@link io.valueloop.io.ChainDiagram} draws a chain as Graphviz
 * DOT, Mermaid or GraphML.
 */
package io.valueloop.io;
