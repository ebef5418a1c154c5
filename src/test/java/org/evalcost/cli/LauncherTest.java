package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.evalcost.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data archive: made on the first run, reused while it fits, made again when
 * the jar changes. Runs the real script on a stand-in jar in a directory of its own.
 */
class LauncherTest {
  @TempDir Path dir;

  private Path jar() {
    return dir.resolve("target/evalcost.jar");
  }

  /**
   * A jar whose main (evalcost's main class, as the launcher starts it) prints its arguments, and
   * whose ArchiveTraining (the run the launcher makes the archive from) calls it.
   */
  private void writeJar(String version) throws IOException {
    Path src = dir.resolve("src-" + version);
    Files.createDirectories(src);
    Files.writeString(src.resolve("Main.java"),
        "package org.evalcost.cli; public class Main { public static void main(String[] a) { System.out.println(\""
            + version + " \" + String.join(\" \", a)); } }");
    Files.writeString(src.resolve("ArchiveTraining.java"),
        "package org.evalcost.cli; public class ArchiveTraining { public static void main(String[] a) { Main.main(a); } }");
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", src.toString(),
        src.resolve("Main.java").toString(), src.resolve("ArchiveTraining.java").toString())).isZero();
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.evalcost.cli.Main");
    Files.createDirectories(jar().getParent());
    try (OutputStream out = Files.newOutputStream(jar()); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
      for (String name : List.of("Main", "ArchiveTraining")) {
        jarOut.putNextEntry(new JarEntry("org/evalcost/cli/" + name + ".class"));
        jarOut.write(Files.readAllBytes(src.resolve("org/evalcost/cli/" + name + ".class")));
      }
    }
  }

  private String run(String cds) throws IOException, InterruptedException {
    return run(cds, null);
  }

  /** Runs the launcher with JAVA_HOME, or with no JAVA_HOME and {@code path} as PATH when given. */
  private String run(String cds, String path) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", dir.resolve("evalcost").toString(), "hello")
        .redirectErrorStream(true);
    if (path == null) {
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    } else {
      builder.environment().remove("JAVA_HOME");
      builder.environment().put("PATH", path);
    }
    builder.environment().remove("EVALCOST_JAVA_OPTS");
    builder.environment().put("EVALCOST_CDS", cds);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(out).isZero();
    return out;
  }

  private List<Path> archives() throws IOException {
    Path cds = dir.resolve("target/cds");
    if (!Files.isDirectory(cds)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(cds)) {
      return files.filter(p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".aot")).toList();
    }
  }

  @Test
  void madeOnFirstRunReusedThenRemadeForANewJar() throws Exception {
    Files.copy(Golden.PROJECT.resolve("evalcost"), dir.resolve("evalcost"));
    writeJar("one");

    assertThat(run("0")).isEqualTo("one hello\n");
    assertThat(archives()).as("EVALCOST_CDS=0 makes no archive").isEmpty();

    assertThat(run("1")).isEqualTo("one hello\n");
    assertThat(archives()).hasSize(1);
    Path archive = archives().get(0);
    Path stamp = Path.of(archive + ".stamp");
    String firstStamp = Files.readString(stamp);
    FileTime made = Files.getLastModifiedTime(archive);

    assertThat(run("1")).isEqualTo("one hello\n");
    assertThat(Files.getLastModifiedTime(archive)).as("a fitting archive is reused").isEqualTo(made);

    writeJar("two-two");
    Files.setLastModifiedTime(jar(), FileTime.fromMillis(Files.getLastModifiedTime(jar()).toMillis() + 5_000));
    assertThat(run("1")).isEqualTo("two-two hello\n");
    assertThat(Files.readString(stamp)).as("a new jar makes a new archive").isNotEqualTo(firstStamp);
    assertThat(archives()).hasSize(1);
  }

  /**
   * Installed as the README says, a symlink in a folder on PATH (here two links deep, one of them
   * relative), run from another folder: it finds its checkout, not the folder it is run from.
   */
  @Test
  void runsThroughASymlinkOnPathFromAnyFolder() throws Exception {
    Path checkout = Files.createDirectories(dir.resolve("checkout"));
    Files.copy(Golden.PROJECT.resolve("evalcost"), checkout.resolve("evalcost"));
    Path bin = Files.createDirectories(dir.resolve("home/.local/bin"));
    Files.createSymbolicLink(bin.resolve("evalcost-real"), checkout.resolve("evalcost"));
    Files.createSymbolicLink(bin.resolve("evalcost"), Path.of("evalcost-real"));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    writeJar("one");
    Files.createDirectories(checkout.resolve("target"));
    Files.move(jar(), checkout.resolve("target/evalcost.jar"));
    checkout.resolve("evalcost").toFile().setExecutable(true);
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", "evalcost hello").directory(elsewhere.toFile())
        .redirectErrorStream(true);
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("EVALCOST_CDS", "0");
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(out).isZero();
    assertThat(out).isEqualTo("one hello\n");
  }

  /**
   * Without JAVA_HOME the launcher finds java on PATH, through a symlink as /usr/bin/java is, and
   * remembers the JDK's home; a remembered home that no longer holds that java is found again.
   */
  @Test
  void findsTheJdkBehindASymlinkOnPath() throws Exception {
    Files.copy(Golden.PROJECT.resolve("evalcost"), dir.resolve("evalcost"));
    writeJar("one");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path realJava = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath();
    Files.createSymbolicLink(bin.resolve("java"), realJava);
    String path = bin + ":/usr/bin:/bin";
    Path cache = dir.resolve("target/cds/java-home");

    assertThat(run("1", path)).isEqualTo("one hello\n");
    assertThat(Files.readString(cache).strip()).isEqualTo(realJava.getParent().getParent().toString());
    assertThat(archives()).hasSize(1);

    Files.writeString(cache, "/no/such/jdk\n");
    assertThat(run("1", path)).isEqualTo("one hello\n");
    assertThat(Files.readString(cache).strip()).isEqualTo(realJava.getParent().getParent().toString());
    Files.delete(bin.resolve("java")); // the link, before JUnit cleans up (it warns about links leaving the dir)
  }
}
