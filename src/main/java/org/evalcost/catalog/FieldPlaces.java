package org.evalcost.catalog;

import java.util.Arrays;

/** The fields one object has read so far, in order, and where each one's value began. */
final class FieldPlaces {
  private String[] names = new String[16];
  private int[] places = new int[32];
  private int count;

  boolean has(String name) {
    return index(name) >= 0;
  }

  void add(String name, int line, int column) {
    if (count == names.length) {
      names = Arrays.copyOf(names, count * 2);
      places = Arrays.copyOf(places, count * 4);
    }
    names[count] = name;
    places[2 * count] = line;
    places[2 * count + 1] = column;
    count++;
  }

  /** The field read last. */
  String last() {
    return names[count - 1];
  }

  /** The line and column where the named field's value began, or null when it was not read. */
  int[] of(String name) {
    int i = index(name);
    return i < 0 ? null : new int[] {places[2 * i], places[2 * i + 1]};
  }

  private int index(String name) {
    for (int i = 0; i < count; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
