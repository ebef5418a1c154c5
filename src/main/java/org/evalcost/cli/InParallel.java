package org.evalcost.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Applies a function to each item on every core, and gives the results in the items' order, so
 * the output is the same as one thread's. For work that shares nothing mutable: the engine's
 * estimates read an immutable catalog.
 */
final class InParallel {
  private InParallel() {}

  static <T, R> List<R> map(List<T> items, Function<T, R> function) {
    int threads = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
    if (threads <= 1) {
      return items.stream().map(function).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, work -> {
      Thread thread = new Thread(work, "evalcost-worker");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> function.apply(item)));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (ExecutionException e) {
      // The first failure, as the same run on one thread would have thrown it.
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
