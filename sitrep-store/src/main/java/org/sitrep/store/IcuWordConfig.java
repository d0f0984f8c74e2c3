package org.sitrep.store;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerConfig;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Word boundaries for Lucene's {@code ICUTokenizer} from the ICU4J library on the class path: ICU's
 * root word break iterator, which segments Chinese and Japanese with ICU's CJK dictionary and every
 * other script by the Unicode word rules (UAX #29). Token types are {@link StandardTokenizer}'s, so
 * the CJK filters of Lucene's analysis module read them.
 *
 * <p>NOTE: Lucene's own {@code DefaultICUTokenizerConfig} loads rule files compiled for the ICU
 * release Lucene was built with (ICU 77 for Lucene 10.3); the ICU4J this project uses (79) refuses
 * them ("Header authentication failed"). This configuration compiles nothing: it asks ICU4J for
 * its own word rules, so it works with whatever ICU4J release is on the class path. Thread-safe:
 * every tokenizer gets its own clone of the iterator.
 */
final class IcuWordConfig extends ICUTokenizerConfig {
  private static final BreakIterator WORDS = BreakIterator.getWordInstance(ULocale.ROOT);
  private static final String IDEOGRAPHIC = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];
  private static final String HIRAGANA = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA];
  private static final String KATAKANA = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA];
  private static final String HANGUL = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL];
  private static final String WORD = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];
  private static final String NUMBER = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];
  private static final String EMOJI = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI];

  @Override
  public RuleBasedBreakIterator getBreakIterator(int script) {
    return (RuleBasedBreakIterator) WORDS.clone();
  }

  @Override
  public String getType(int script, int ruleStatus) {
    if (ruleStatus == EMOJI_SEQUENCE_STATUS) {
      return EMOJI;
    }
    if (ruleStatus >= RuleBasedBreakIterator.WORD_IDEO && ruleStatus < RuleBasedBreakIterator.WORD_IDEO_LIMIT) {
      return IDEOGRAPHIC;
    }
    if (ruleStatus >= RuleBasedBreakIterator.WORD_KANA && ruleStatus < RuleBasedBreakIterator.WORD_KANA_LIMIT) {
      return script == UScript.HIRAGANA ? HIRAGANA : KATAKANA;
    }
    if (ruleStatus >= RuleBasedBreakIterator.WORD_LETTER && ruleStatus < RuleBasedBreakIterator.WORD_LETTER_LIMIT) {
      return script == UScript.HANGUL ? HANGUL : WORD;
    }
    if (ruleStatus >= RuleBasedBreakIterator.WORD_NUMBER && ruleStatus < RuleBasedBreakIterator.WORD_NUMBER_LIMIT) {
      return NUMBER;
    }
    return WORD;
  }

  /** Han and kana are one run for the break iterator, so the dictionary sees whole phrases. */
  @Override
  public boolean combineCJ() {
    return true;
  }
}
