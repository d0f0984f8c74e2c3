package org.sitrep.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Locale;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.ClaimStatus;

/**
 * The project's JSON mapping. Records print in component order (the contract's order), nulls are
 * printed, claim statuses are lower case, and whole-number doubles print without a fraction
 * ({@code 15000}, not {@code 15000.0}). Thread-safe; build once.
 */
public final class SitrepJson {
  private static final ObjectMapper MAPPER = build(false);
  private static final ObjectMapper PRETTY = build(true);

  private SitrepJson() {}

  /** The shared compact mapper (one JSON value per line). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The shared indented mapper, with sorted map keys, for golden files and people. */
  public static ObjectMapper pretty() {
    return PRETTY;
  }

  /** One article as one line of JSON. */
  public static String line(Article article) {
    try {
      return MAPPER.writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("json: cannot write article " + article.id(), e);
    }
  }

  /** Reads an article written by {@link #line(Article)}. */
  public static Article readArticle(String json) throws IOException {
    return MAPPER.readValue(json, Article.class);
  }

  private static ObjectMapper build(boolean pretty) {
    SimpleModule module = new SimpleModule("sitrep");
    module.addSerializer(ClaimStatus.class, new JsonSerializer<>() {
      @Override
      public void serialize(ClaimStatus value, JsonGenerator gen, SerializerProvider provider)
          throws IOException {
        gen.writeString(value.wireName());
      }
    });
    module.addDeserializer(ClaimStatus.class, new JsonDeserializer<>() {
      @Override
      public ClaimStatus deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return ClaimStatus.valueOf(p.getValueAsString().toUpperCase(Locale.ROOT));
      }
    });
    JsonSerializer<Double> wholeNumbers = new JsonSerializer<>() {
      @Override
      public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
          throws IOException {
        double v = value;
        if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15) {
          gen.writeNumber((long) v);
        } else {
          gen.writeNumber(v);
        }
      }
    };
    module.addSerializer(Double.class, wholeNumbers);
    module.addSerializer(double.class, wholeNumbers);
    ObjectMapper mapper = new ObjectMapper();
    mapper.registerModule(module);
    mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    mapper.configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    if (pretty) {
      mapper.enable(SerializationFeature.INDENT_OUTPUT);
    }
    return mapper;
  }
}
