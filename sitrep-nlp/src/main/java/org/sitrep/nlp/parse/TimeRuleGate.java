package org.sitrep.nlp.parse;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs SUTime's rules only over sentences with a {@link TemporalCue}. In CoreNLP's NER, SUTime
 * first merges number words ("two hundred") and then matches its few hundred rules over every
 * sentence, a quarter of the NLP's CPU time, though most sentences hold no time expression.
 * CoreNLP has no option to choose sentences, so this puts a filter in front of the rules of the
 * NER annotator's SUTime: a sentence without a cue gets the numbers (the NER's NUMBER tags come
 * from them) and no time expression, which is what the rules find there. If CoreNLP's classes
 * are not built as expected, nothing changes and every sentence goes through the rules.
 */
final class TimeRuleGate {
  private TimeRuleGate() {}

  /** Puts the filter in front of {@code ner}'s SUTime rules; false when it could not. */
  static boolean install(NERCombinerAnnotator ner) {
    try {
      Object combiner = field(ner, NERClassifierCombiner.class);
      if (!(combiner instanceof NERClassifierCombiner)) {
        return false;
      }
      Object numbers = null;
      for (Field f : NERClassifierCombiner.class.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          f.setAccessible(true);
          if (f.get(combiner) instanceof NumberSequenceClassifier n) {
            numbers = n;
          }
        }
      }
      if (numbers == null) {
        return false;
      }
      if (!(field(numbers, TimeExpressionExtractor.class) instanceof TimeExpressionExtractorImpl sutime)) {
        return false; // SUTime is off
      }
      Field rules = declared(TimeExpressionExtractorImpl.class, CoreMapExpressionExtractor.class);
      if (rules == null || Modifier.isFinal(rules.getModifiers())) {
        return false;
      }
      Object current = rules.get(sutime);
      if (current instanceof CueFilter) {
        return true;
      }
      if (!(current instanceof CoreMapExpressionExtractor<?> extractor)) {
        return false;
      }
      rules.set(sutime, new CueFilter(extractor));
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  private static Object field(Object owner, Class<?> type) throws ReflectiveOperationException {
    for (Class<?> c = owner.getClass(); c != null; c = c.getSuperclass()) {
      Field f = declared(c, type);
      if (f != null) {
        return f.get(owner);
      }
    }
    return null;
  }

  private static Field declared(Class<?> owner, Class<?> type) {
    for (Field f : owner.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers()) && type.isAssignableFrom(f.getType())) {
        f.setAccessible(true);
        return f;
      }
    }
    return null;
  }

  /** SUTime's rule extractor behind a test for a cue; holds no state of its own. */
  private static final class CueFilter extends CoreMapExpressionExtractor<MatchedExpression> {
    private final CoreMapExpressionExtractor<?> rules;

    CueFilter(CoreMapExpressionExtractor<?> rules) {
      super(rules.getEnv());
      this.rules = rules;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<MatchedExpression> extractExpressions(CoreMap sentence) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens != null && !hasCue(tokens)) {
        return new ArrayList<>();
      }
      return (List<MatchedExpression>) rules.extractExpressions(sentence);
    }

    private static boolean hasCue(List<CoreLabel> tokens) {
      for (CoreLabel t : tokens) {
        String word = t.word();
        if (word != null && TemporalCue.isCue(word, t.tag() == null ? "" : t.tag())) {
          return true;
        }
      }
      return false;
    }
  }
}
