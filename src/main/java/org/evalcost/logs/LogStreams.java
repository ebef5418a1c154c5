package org.evalcost.logs;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** The streams the log reader reads through. */
final class LogStreams {
  private LogStreams() {}

  /** Passes bytes through, telling how many were read, for a progress bar. */
  static final class Counting extends FilterInputStream {
    private final LongConsumer progress;
    private long count;

    Counting(InputStream in, LongConsumer progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        progress.accept(++count);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
        progress.accept(count);
      }
      return n;
    }
  }

  /** Lets Jackson read one zip entry without closing the whole archive. */
  static final class NonClosing extends FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the zip stream stays open for the next entry
    }
  }
}
