package edu.stanford.nlp.parser.nndep;

import edu.stanford.nlp.util.LeastRecentlyUsedCache;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's dependency-parser classifier with its output layer read from a transposed copy of
 * the weights. The parser scores every transition as dot products of the hidden layer with each
 * row of the output weights: one long chain of dependent additions per transition label, which
 * the JIT may not reorder. Walking the hidden units in the outer loop and the labels in the inner
 * one keeps each label's sum in the same order (so the same scores, bit for bit) while the sums of
 * different labels proceed side by side in vector registers; the output layer was about half of
 * the parser's time. Everything else (features, the precomputed and cached hidden-layer products,
 * the cube activation, the transition loop) is the parser's own arithmetic in the parser's order.
 *
 * <p>It sits in CoreNLP's package because the parser calls a package-private method of its
 * classifier; {@link #install} replaces the classifier of a loaded parser.
 */
public final class TransposedOutputClassifier extends Classifier {
  private final float[][] w1;
  private final float[][] embeddings;
  private final float[] b1;
  /** Output weights, hidden unit by hidden unit: {@code w2t[i * labels + l] == W2[l][i]}. */
  private final float[] w2t;
  private final int labels;
  private final int hidden;
  private final int embeddingSize;
  private final double[][] saved;
  private final Map<Integer, Integer> preMap;
  private final LeastRecentlyUsedCache<Integer, float[]> cache;

  private TransposedOutputClassifier(Config config, Classifier original, double[][] saved,
      Map<Integer, Integer> preMap, int cacheSize) {
    super(config, original.getE(), original.getW1(), original.getb1(), original.getW2(), List.of());
    this.w1 = original.getW1();
    this.embeddings = original.getE();
    this.b1 = original.getb1();
    float[][] w2 = original.getW2();
    this.labels = w2.length;
    this.hidden = b1.length;
    this.embeddingSize = embeddings[0].length;
    this.w2t = new float[hidden * labels];
    for (int l = 0; l < labels; l++) {
      for (int i = 0; i < hidden; i++) {
        w2t[i * labels + l] = w2[l][i];
      }
    }
    this.saved = saved;
    this.preMap = preMap;
    this.cache = new LeastRecentlyUsedCache<>(cacheSize);
  }

  /**
   * Gives {@code parser} this classifier in place of its own, keeping at most {@code cacheSize}
   * hidden-layer products of features outside the precomputed ones; false (and the parser
   * unchanged) when the parser is not built as this expects.
   */
  public static boolean install(DependencyParser parser, int cacheSize) {
    try {
      Field classifierField = DependencyParser.class.getDeclaredField("classifier");
      Field configField = DependencyParser.class.getDeclaredField("config");
      Field savedField = Classifier.class.getDeclaredField("saved");
      Field preMapField = Classifier.class.getDeclaredField("preMap");
      if (Modifier.isFinal(classifierField.getModifiers())) {
        return false;
      }
      classifierField.setAccessible(true);
      configField.setAccessible(true);
      savedField.setAccessible(true);
      preMapField.setAccessible(true);
      Object current = classifierField.get(parser);
      if (current instanceof TransposedOutputClassifier) {
        return true;
      }
      if (!(current instanceof Classifier original)
          || !(configField.get(parser) instanceof Config config)
          || !(savedField.get(original) instanceof double[][] saved)
          || !(preMapField.get(original) instanceof Map<?, ?> preMap)
          || original.getW2().length == 0 || original.getE().length == 0) {
        return false;
      }
      @SuppressWarnings("unchecked")
      Map<Integer, Integer> ids = (Map<Integer, Integer>) preMap;
      classifierField.set(parser, new TransposedOutputClassifier(config, original, saved, ids, cacheSize));
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  @Override
  double[] computeScores(int[] feature) {
    double[] h = new double[hidden];
    int offset = 0;
    for (int j = 0; j < feature.length; j++) {
      int tok = feature[j];
      int index = tok * Config.numTokens + j;
      Integer id = preMap.get(index);
      if (id != null) {
        double[] row = saved[id];
        for (int i = 0; i < hidden; i++) {
          h[i] += row[i];
        }
      } else {
        float[] slice;
        synchronized (cache) {
          slice = cache.getOrDefault(index, null);
        }
        if (slice == null) {
          slice = slice(embeddings[tok], offset);
          synchronized (cache) {
            cache.add(index, slice);
          }
        }
        for (int i = 0; i < hidden; i++) {
          h[i] += slice[i];
        }
      }
      offset += embeddingSize;
    }
    for (int i = 0; i < hidden; i++) {
      h[i] += b1[i];
      h[i] = h[i] * h[i] * h[i];
    }
    double[] scores = new double[labels];
    for (int i = 0; i < hidden; i++) {
      double x = h[i];
      int base = i * labels;
      for (int l = 0; l < labels; l++) {
        scores[l] += x * w2t[base + l];
      }
    }
    return scores;
  }

  /** The first layer's product of one feature's embedding, summed as the parser sums it. */
  private float[] slice(float[] embedding, int offset) {
    float[] out = new float[hidden];
    for (int i = 0; i < hidden; i++) {
      float[] row = w1[i];
      double sum = 0;
      for (int k = 0; k < embeddingSize; k++) {
        sum += row[offset + k] * embedding[k];
      }
      out[i] = (float) sum;
    }
    return out;
  }
}
