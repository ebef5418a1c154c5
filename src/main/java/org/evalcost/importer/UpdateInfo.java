package org.evalcost.importer;

/** What update.json says of the installed download: where from, when, its digest, and what it held. */
record UpdateInfo(String from, String url, String downloaded, String sha256, long models, long curatedRepriced) {
  /** update.json, for the people and scripts that look at the cache; evalcost itself reads the catalogs beside it. */
  static final class Codec extends org.evalcost.catalog.Codec<UpdateInfo> {
    Codec() {
      super("updates", "update");
    }

    @Override
    public String key(UpdateInfo value) {
      return value.sha256();
    }

    @Override
    public UpdateInfo read(org.evalcost.catalog.FieldReader in) {
      String[] text = new String[4];
      long[] counts = new long[2];
      for (String field = in.next(); field != null; field = in.next()) {
        switch (field) {
          case "from" -> text[0] = in.text();
          case "url" -> text[1] = in.text();
          case "downloaded" -> text[2] = in.text();
          case "sha256" -> text[3] = in.text();
          case "models" -> counts[0] = in.required(field, in.longValue());
          case "curated_repriced" -> counts[1] = in.required(field, in.longValue());
          default -> throw in.unknown("from", "url", "downloaded", "sha256", "models", "curated_repriced");
        }
      }
      return new UpdateInfo(text[0], text[1], text[2], text[3], counts[0], counts[1]);
    }

    @Override
    public void write(org.evalcost.catalog.FieldWriter out, UpdateInfo i) {
      out.text("from", i.from()).text("url", i.url()).text("downloaded", i.downloaded()).text("sha256", i.sha256())
          .whole("models", i.models()).whole("curated_repriced", i.curatedRepriced());
    }
  }
}
