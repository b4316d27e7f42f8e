package org.safeguarding.core.internal.json;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The names seen so far in one object, so that a repeated field is refused, with memory bounded by
 * the model rather than by the input. Jackson's own detection keeps every name of an object; an
 * object of a million made-up names then holds them all (over 80 MiB) whatever the reader does.
 *
 * <p>A name the model knows is kept exactly, and there are only as many of those as the model has
 * fields. A name it does not know is kept as a 64-bit hash, and only the first {@link
 * #UNKNOWN_REMEMBERED} of them: an unknown field refuses the document anyway, so a collision of two
 * hashes, or a repeat past that many, can change which problem is reported, never whether the
 * document is refused.
 */
final class FieldNames {

  /** How many unknown names of one object are remembered: 512 KiB of hashes at most. */
  static final int UNKNOWN_REMEMBERED = 1 << 15;

  private String[] known = new String[16];
  private int knownCount;

  private long @Nullable [] unknown;
  private int unknownCount;

  /** Forgets every name, for the next object at this depth. */
  void clear() {
    Arrays.fill(known, 0, knownCount, null);
    knownCount = 0;
    if (unknown != null) {
      unknown = null;
      unknownCount = 0;
    }
  }

  /** Whether {@code name} was seen before in this object. */
  boolean seen(String name) {
    for (int i = 0; i < knownCount; i++) {
      if (known[i].equals(name)) {
        return true;
      }
    }
    long[] table = unknown;
    if (table == null) {
      return false;
    }
    long hash = hash(name);
    int mask = table.length - 1;
    for (int at = (int) hash & mask; table[at] != 0; at = (at + 1) & mask) {
      if (table[at] == hash) {
        return true;
      }
    }
    return false;
  }

  /** Remembers a name the model knows. */
  void known(String name) {
    if (knownCount == known.length) {
      known = Arrays.copyOf(known, knownCount * 2);
    }
    known[knownCount++] = name;
  }

  /** Remembers a name the model does not know, while fewer than the most remembered are. */
  void unknown(String name) {
    if (unknownCount >= UNKNOWN_REMEMBERED) {
      return;
    }
    long[] table = unknown;
    if (table == null || (unknownCount + 1) * 2 > table.length) {
      table = grown(table);
      unknown = table;
    }
    insert(table, hash(name));
    unknownCount++;
  }

  private static long[] grown(long @Nullable [] table) {
    long[] bigger = new long[table == null ? 64 : table.length * 2];
    if (table != null) {
      for (long hash : table) {
        if (hash != 0) {
          insert(bigger, hash);
        }
      }
    }
    return bigger;
  }

  private static void insert(long[] table, long hash) {
    int mask = table.length - 1;
    int at = (int) hash & mask;
    while (table[at] != 0 && table[at] != hash) {
      at = (at + 1) & mask;
    }
    table[at] = hash;
  }

  /**
   * FNV-1a over the name's characters, mixed (MurmurHash3's finaliser); never 0, the empty slot.
   */
  static long hash(String name) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < name.length(); i++) {
      hash ^= name.charAt(i);
      hash *= 0x100000001b3L;
    }
    hash ^= hash >>> 33;
    hash *= 0xff51afd7ed558ccdL;
    hash ^= hash >>> 33;
    hash *= 0xc4ceb9fe1a85ec53L;
    hash ^= hash >>> 33;
    return hash == 0 ? 1 : hash;
  }
}
