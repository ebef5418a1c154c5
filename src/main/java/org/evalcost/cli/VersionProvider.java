package org.evalcost.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into version.properties at build time. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/org/evalcost/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {"evalcost " + properties.getProperty("version", "unknown")};
  }
}
