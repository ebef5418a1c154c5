package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A real JVM started in German and far from UTC writes the same bytes as one started in English. */
class ProcessLocaleTest {

  private static byte[] run(String language, String country, String zone, String lang, String format)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.language=" + language, "-Duser.country=" + country, "-Duser.timezone=" + zone,
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "estimate", "-m", "t1", "--suite", "all", "--format", format, "--data-dir", Cli.FIXTURE));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("LANG", lang);
    builder.environment().put("LC_ALL", lang);
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor()).isZero();
    return out;
  }

  @Test
  void everyFormatIsByteIdenticalAcrossLocalesAndZones() throws Exception {
    for (String format : List.of("table", "csv", "json", "markdown")) {
      byte[] english = run("en", "US", "UTC", "C.UTF-8", format);
      byte[] german = run("de", "DE", "Pacific/Kiritimati", "de_DE.UTF-8", format);
      assertThat(german).as(format).isEqualTo(english);
      assertThat(new String(english, java.nio.charset.StandardCharsets.UTF_8)).contains("2.43");
    }
  }
}
