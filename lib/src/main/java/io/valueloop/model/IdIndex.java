package io.valueloop.model;

/**
 * The index of a chain's actors by id: an open-addressing hash table with linear probing over two flat arrays
 * (ids and indices), at most half full. Against a {@code HashMap<String, Integer>} it saves the entry and boxed
 * index objects (about 48 bytes per actor, some 50 MB for a million actors, that the collector would otherwise
 * trace) and a lookup touches fewer cache lines. Slots are chosen by Fibonacci hashing of {@link String#hashCode()}
 * (D. E. Knuth, The Art of Computer Programming, vol. 3, 2nd ed., §6.4), which spreads ids that differ only in a
 * trailing number.
 *
 * <p>Immutable once the chain is built; filled by one thread before that.
 */
final class IdIndex {
  private final String[] ids;
  private final int[] indices;
  private final int shift;

  /** Creates an empty index with room for {@code expected} ids. */
  IdIndex(int expected) {
    int bits = Math.min(30, Math.max(2, 33 - Integer.numberOfLeadingZeros(Math.max(1, expected))));
    this.ids = new String[1 << bits];
    this.indices = new int[1 << bits];
    this.shift = 32 - bits;
  }

  /** Returns the index of an id, or -1 if it is absent. */
  int get(String id) {
    int mask = ids.length - 1;
    for (int slot = slot(id); ids[slot] != null; slot = (slot + 1) & mask) {
      String candidate = ids[slot];
      if (candidate == id || candidate.equals(id)) {
        return indices[slot];
      }
    }
    return -1;
  }

  /**
   * Adds an id unless present.
   *
   * @return the index already held for the id, or -1 if it was added
   */
  int putIfAbsent(String id, int index) {
    int mask = ids.length - 1;
    int slot = slot(id);
    for (; ids[slot] != null; slot = (slot + 1) & mask) {
      if (ids[slot].equals(id)) {
        return indices[slot];
      }
    }
    ids[slot] = id;
    indices[slot] = index;
    return -1;
  }

  private int slot(String id) {
    return (id.hashCode() * 0x9E3779B9) >>> shift;
  }
}
