/**
 * What only the library itself uses: argument checks, the problem-list formatter, shared array kernels and
 * graph algorithms. Not exported by the module {@code io.valueloop}; nothing here is API, and it may change in
 * any release.
 */
package io.valueloop.internal;
