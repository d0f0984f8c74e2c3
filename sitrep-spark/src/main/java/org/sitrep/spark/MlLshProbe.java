package org.sitrep.spark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sitrep.core.model.Article;
import org.sitrep.corpus.reprint.MinHash;
import org.sitrep.corpus.reprint.ReprintDetector;
import org.sitrep.corpus.text.Terms;
import org.sitrep.json.SitrepJson;
import org.sitrep.store.ArticleStore;

/**
 * A measurement, not part of the job: how many candidate pairs Spark ML's {@link MinHashLSH} compares
 * on a store's articles, beside the job's banded LSH. Spark ML's hash tables are single MinHash
 * values (OR of {@code numHashTables} one-row bands, no AND within a band), so any two articles that
 * share one of the minimum shingles of any table are candidates. Same shingles as the job (5-word,
 * {@link ReprintDetector#SHINGLE}), hashed into a 2^20-dimensional binary vector.
 *
 * <p>Usage: {@code MlLshProbe STORE_DIR REPORT_JSON [TABLES...]} (default tables: 32, as the job's bands).
 */
public final class MlLshProbe {
  private static final int DIM = 1 << 20;

  private MlLshProbe() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: MlLshProbe STORE_DIR REPORT_JSON [TABLES...]");
      System.exit(2);
    }
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", "classpath:sitrep-spark-log4j2.properties");
    }
    List<Integer> tables = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      tables.add(Integer.parseInt(args[i]));
    }
    if (tables.isEmpty()) {
      tables.add(ReprintDetector.BANDS);
    }
    List<Article> articles;
    try (ArticleStore store = ArticleStore.openReadOnly(Path.of(args[0]))) {
      articles = store.all();
    }
    MinHash shingler = new MinHash(1, ReprintDetector.SHINGLE);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Set<Long> shingles = shingler.shingles(Terms.words(articles.get(i).text()));
      int[] idx = shingles.stream().mapToInt(h -> (int) Math.floorMod(h, (long) DIM)).distinct().sorted().toArray();
      double[] ones = new double[idx.length];
      java.util.Arrays.fill(ones, 1.0);
      if (idx.length > 0) {
        rows.add(RowFactory.create((long) i, Vectors.sparse(DIM, idx, ones)));
      }
    }
    ObjectNode report = SitrepJson.mapper().createObjectNode();
    report.put("articles", articles.size());
    report.put("allPairs", (long) articles.size() * (articles.size() - 1) / 2);
    try (SparkSession spark = SparkSession.builder().master("local[2]").appName("sitrep-ml-lsh-probe")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "8").getOrCreate()) {
      StructType schema = new StructType().add("id", DataTypes.LongType).add("features", SQLDataTypes.VectorType());
      Dataset<Row> df = spark.createDataFrame(rows, schema).cache();
      for (int t : tables) {
        MinHashLSHModel model = new MinHashLSH().setNumHashTables(t).setSeed(0x5eedL).setInputCol("features")
            .setOutputCol("hashes").fit(df);
        Dataset<Row> hashed = model.transform(df)
            .select(functions.col("id"), functions.posexplode(functions.col("hashes")).as(new String[] {"table", "h"}));
        Dataset<Row> a = hashed.as("a");
        Dataset<Row> b = hashed.as("b");
        long candidates = a.join(b, functions.col("a.table").equalTo(functions.col("b.table"))
                .and(functions.col("a.h").equalTo(functions.col("b.h")))
                .and(functions.col("a.id").lt(functions.col("b.id"))))
            .select(functions.col("a.id"), functions.col("b.id")).distinct().count();
        long close = model.approxSimilarityJoin(df, df, 1.0 - ReprintDetector.THRESHOLD, "distance")
            .filter(functions.col("datasetA.id").lt(functions.col("datasetB.id"))).count();
        ObjectNode n = report.putObject("tables" + t);
        n.put("candidatePairs", candidates);
        n.put("pairsAtThreshold", close);
        System.out.println("MinHashLSH " + t + " tables: " + candidates + " candidate pairs, " + close
            + " pairs at Jaccard >= " + ReprintDetector.THRESHOLD);
      }
    }
    Files.writeString(Path.of(args[1]), SitrepJson.pretty().writeValueAsString(report), StandardCharsets.UTF_8);
  }
}
