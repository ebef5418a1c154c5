package org.evalcost.cli;

import org.evalcost.engine.RequestField;

/** The option through which the cli takes each part of a request the engine can blame. */
final class Options {
  private Options() {}

  static String of(RequestField field) {
    return switch (field) {
      case ITEMS -> "--items";
      case REPEATS -> "--repeats";
      case INPUT_TOKENS -> "--input-tokens";
      case OUTPUT_TOKENS -> "--output-tokens";
      case CACHE_HIT_RATE -> "--cache-hit-rate";
      case INTERVAL -> "--interval";
      case ACCURACY -> "--accuracy";
      case BUDGET -> "--budget";
      case TARGET_CI -> "--target-ci";
      case EFFORT -> "--effort";
      case MAX_COST -> "--max-cost";
      case PRICES -> "--prices FILE";
      case GRADER -> "--grader";
      case NO_CACHE -> "--no-cache";
    };
  }
}
