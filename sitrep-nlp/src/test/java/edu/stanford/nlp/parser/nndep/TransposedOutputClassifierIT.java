package edu.stanford.nlp.parser.nndep;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TransposedOutputClassifierIT {
  private static final String TEXT = "Russian President Vladimir Putin arrived in Pyongyang early on Wednesday for "
      + "talks with Kim Jong-un, his first visit in 24 years. \"We highly appreciate your consistent support,\" "
      + "Putin told Kim, according to the Kremlin. The two leaders signed a partnership treaty that "
      + "reportedly includes a mutual defence clause; analysts said it could alarm Seoul and Washington.";

  @Test
  void scoresEveryTransitionExactlyAsTheParsersOwnClassifier() throws Exception {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    Annotation doc = new Annotation(TEXT);
    new StanfordCoreNLP(p).annotate(doc);
    Properties dep = new Properties();
    dep.setProperty("numCached", "1000");
    DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, dep);
    Field classifierField = DependencyParser.class.getDeclaredField("classifier");
    classifierField.setAccessible(true);
    Field systemField = DependencyParser.class.getDeclaredField("system");
    systemField.setAccessible(true);
    Classifier original = (Classifier) classifierField.get(parser);
    ParsingSystem system = (ParsingSystem) systemField.get(parser);
    List<String> before = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      before.add(parser.predict(s).typedDependencies().toString());
    }

    assertThat(TransposedOutputClassifier.install(parser, 1000)).isTrue();
    Classifier transposed = (Classifier) classifierField.get(parser);
    assertThat(transposed).isInstanceOf(TransposedOutputClassifier.class);
    int transitions = 0;
    List<String> after = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      Configuration c = system.initialConfiguration(s);
      while (!system.isTerminal(c)) {
        List<Integer> f = parser.getFeatures(c);
        int[] features = f.stream().mapToInt(Integer::intValue).toArray();
        double[] expected = original.computeScores(features);
        double[] actual = transposed.computeScores(features);
        assertThat(actual).containsExactly(expected); // bit for bit, no tolerance
        String best = null;
        double top = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < expected.length; j++) {
          if (expected[j] > top && system.canApply(c, system.transitions.get(j))) {
            top = expected[j];
            best = system.transitions.get(j);
          }
        }
        system.apply(c, best);
        transitions++;
      }
      after.add(parser.predict(s).typedDependencies().toString());
    }
    assertThat(transitions).isGreaterThan(100);
    assertThat(after).isEqualTo(before);
  }
}
