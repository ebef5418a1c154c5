package org.evalcost.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The one place evalcost touches the network: a GET with a time limit and a size cap, for
 * {@code evalcost update}. Every failure is a {@link PriceUpdate.Refused} with a one-line reason.
 */
public final class Download {
  /** What came back. */
  public record Body(byte[] bytes, String contentType) {}

  private Download() {}

  public static Body get(String url, Duration timeout, long maxBytes) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new PriceUpdate.Refused("'" + url + "' is not a URL");
    }
    if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
      throw new PriceUpdate.Refused("'" + url + "' is not an http or https URL");
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
        .build();
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET()
        .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      InputStream body = response.body();
      // A body that stalls would block read() past any deadline: a watchdog closes it then.
      Thread watchdog = new Thread(() -> {
        try {
          Thread.sleep(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
          body.close();
        } catch (InterruptedException | IOException done) {
          // the download finished first
        }
      }, "evalcost-download-deadline");
      watchdog.setDaemon(true);
      watchdog.start();
      try (InputStream in = body) {
        if (response.statusCode() != 200) {
          throw new PriceUpdate.Refused(url + " answered HTTP " + response.statusCode());
        }
        long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
        if (declared > maxBytes) {
          throw new PriceUpdate.Refused(url + " sends " + declared + " bytes, more than the cap of " + maxBytes
              + " (--max-size)");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) >= 0; ) {
          out.write(buffer, 0, n);
          if (out.size() > maxBytes) {
            throw new PriceUpdate.Refused(url + " sends more than the cap of " + maxBytes + " bytes (--max-size)");
          }
          if (System.nanoTime() > deadline) {
            throw new PriceUpdate.Refused(url + " took longer than " + timeout.toSeconds() + " s (--timeout)");
          }
        }
        if (declared >= 0 && out.size() != declared) {
          throw new PriceUpdate.Refused("the answer is cut short: " + out.size() + " of " + declared + " bytes");
        }
        return new Body(out.toByteArray(), response.headers().firstValue("content-type").orElse(null));
      } catch (IOException e) {
        if (System.nanoTime() >= deadline) {
          throw new PriceUpdate.Refused(url + " took longer than " + timeout.toSeconds() + " s (--timeout)");
        }
        throw e;
      } finally {
        watchdog.interrupt();
      }
    } catch (HttpTimeoutException e) {
      throw new PriceUpdate.Refused(url + " did not answer within " + timeout.toSeconds() + " s (--timeout)");
    } catch (IOException e) {
      throw new PriceUpdate.Refused("cannot download " + url + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PriceUpdate.Refused("the download was interrupted");
    }
  }
}
