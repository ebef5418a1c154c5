package org.evalcost.catalog;

import java.math.BigDecimal;
import org.evalcost.engine.Provider;

/** A record of providers.json: a seller, and the share of list price its batch API charges. */
public final class ProviderCodec extends Codec<Provider> {
  private static final String[] FIELDS = {"id", "name", "batch_discount", "notes", "source", "checked"};

  public ProviderCodec() {
    super("providers", "provider");
  }

  @Override
  public String key(Provider value) {
    return value.id();
  }

  @Override
  public Provider read(FieldReader in) {
    String id = null;
    String name = null;
    BigDecimal discount = null;
    String notes = null;
    SourceFields sourced = new SourceFields();
    for (String field = in.next(); field != null; field = in.next()) {
      switch (field) {
        case "id" -> in.names(kind(), id = in.text());
        case "name" -> name = in.text();
        case "batch_discount" -> discount = in.decimal();
        case "notes" -> notes = in.text();
        default -> sourced.readOrRefuse(field, in, FIELDS);
      }
    }
    return new Provider(id, name, discount, sourced.source(), notes);
  }

  @Override
  public void write(FieldWriter out, Provider p) {
    out.text("id", p.id()).text("name", p.name()).decimal("batch_discount", p.batchDiscount()).text("notes", p.notes());
    Values.write(out, p.source());
  }
}
