package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Lucene's classic query syntax over the per-language title and text fields of
 * {@link TextLanguages}. A term without a field, or with the field {@code title} or {@code text},
 * is analysed once for each field that applies to its script (see
 * {@link TextLanguages#languagesFor}) by that field's analyzer, and matches when any of them does
 * (titles weigh twice the text). Other fields ({@code outlet:...}) are as in Lucene's parser.
 *
 * <p>In the Chinese fields, characters the segmentation dictionary leaves single (a transliterated
 * name such as 普京 is two single characters to ICU) are matched as a phrase of adjacent
 * characters, so 普京 finds 普京 and not every article holding 普 and 京 somewhere. One instance
 * per query: not thread-safe (as Lucene's parser).
 */
final class SearchParser extends QueryParser {
  /** The default field: stands for every title and text field (no user can type it). */
  private static final String ANY = "\u0000any";
  private static final String IDEOGRAPHIC = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];
  private static final float TITLE_BOOST = 2f;

  private final TextLanguages languages;

  SearchParser(TextLanguages languages) {
    super(ANY, languages.perField());
    this.languages = languages;
    setDefaultOperator(Operator.AND);
    setAllowLeadingWildcard(false);
    // each whitespace-separated chunk picks the fields of its own script ("朝鲜 summit"); analysed
    // together, one chunk's words would have to be found in one field
    setSplitOnWhitespace(true);
  }

  /** A field the user named (or the default) as the concrete fields its term is looked up in. */
  private static @Nullable List<String> expand(String field, String term) {
    boolean titles = field.equals(ANY) || field.equals(ArticleStore.TITLE);
    boolean texts = field.equals(ANY) || field.equals(ArticleStore.TEXT);
    if (!titles && !texts) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String lang : TextLanguages.languagesFor(term)) {
      if (titles) {
        out.add(TextLanguages.titleField(lang));
      }
      if (texts) {
        out.add(TextLanguages.textField(lang));
      }
    }
    return out;
  }

  private interface PerField {
    @Nullable Query on(String field) throws ParseException;
  }

  /** Any of the fields' queries (null when none has one: only stop words). */
  private static @Nullable Query any(List<String> fields, PerField perField) throws ParseException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (String f : fields) {
      Query q = perField.on(f);
      if (q == null) {
        continue;
      }
      if (f.startsWith(ArticleStore.TITLE)) {
        q = new BoostQuery(q, TITLE_BOOST);
      }
      b.add(q, BooleanClause.Occur.SHOULD);
      n++;
    }
    return n == 0 ? null : b.build();
  }

  @Override
  protected @Nullable Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    List<String> fields = expand(field, queryText);
    if (fields == null) {
      return super.getFieldQuery(field, queryText, quoted);
    }
    return any(fields, f -> !quoted && "zh".equals(TextLanguages.languageOfField(f))
        ? chinese(f, queryText) : super.getFieldQuery(f, queryText, quoted));
  }

  @Override
  protected @Nullable Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    List<String> fields = expand(field, queryText);
    if (fields == null) {
      return super.getFieldQuery(field, queryText, slop);
    }
    return any(fields, f -> super.getFieldQuery(f, queryText, slop));
  }

  @Override
  protected @Nullable Query getPrefixQuery(String field, String termStr) throws ParseException {
    List<String> fields = expand(field, termStr);
    return fields == null ? super.getPrefixQuery(field, termStr) : any(fields, f -> super.getPrefixQuery(f, termStr));
  }

  @Override
  protected @Nullable Query getWildcardQuery(String field, String termStr) throws ParseException {
    List<String> fields = expand(field, termStr);
    return fields == null ? super.getWildcardQuery(field, termStr) : any(fields, f -> super.getWildcardQuery(f, termStr));
  }

  @Override
  protected @Nullable Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    List<String> fields = expand(field, termStr);
    return fields == null ? super.getFuzzyQuery(field, termStr, minSimilarity)
        : any(fields, f -> super.getFuzzyQuery(f, termStr, minSimilarity));
  }

  @Override
  protected @Nullable Query getRegexpQuery(String field, String termStr) throws ParseException {
    List<String> fields = expand(field, termStr);
    return fields == null ? super.getRegexpQuery(field, termStr) : any(fields, f -> super.getRegexpQuery(f, termStr));
  }

  @Override
  protected @Nullable Query getRangeQuery(String field, @Nullable String part1, @Nullable String part2,
      boolean startInclusive, boolean endInclusive) throws ParseException {
    List<String> fields = expand(field, (part1 == null ? "" : part1) + " " + (part2 == null ? "" : part2));
    return fields == null ? super.getRangeQuery(field, part1, part2, startInclusive, endInclusive)
        : any(fields, f -> super.getRangeQuery(f, part1, part2, startInclusive, endInclusive));
  }

  /**
   * An unquoted chunk in a Chinese field: every word is required (or optional, as the default
   * operator says), and each run of adjacent single characters is one phrase.
   */
  private @Nullable Query chinese(String field, String text) {
    record Token(String term, int start, int end, boolean single) {}
    List<Token> tokens = new ArrayList<>();
    try (TokenStream ts = languages.perField().tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() == 0) {
          continue; // a synonym stacked on the word before: the word is enough
        }
        boolean single = IDEOGRAPHIC.equals(type.type()) && offset.endOffset() - offset.startOffset() == 1;
        tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), single));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("search: cannot analyse '" + text + "'", e);
    }
    if (tokens.isEmpty()) {
      return null;
    }
    BooleanClause.Occur occur = getDefaultOperator() == Operator.AND ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
    List<Query> parts = new ArrayList<>();
    for (int i = 0; i < tokens.size(); ) {
      int j = i + 1;
      while (tokens.get(i).single() && j < tokens.size() && tokens.get(j).single()
          && tokens.get(j).start() == tokens.get(j - 1).end()) {
        j++;
      }
      if (j - i == 1) {
        parts.add(new TermQuery(new Term(field, tokens.get(i).term())));
      } else {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (Token t : tokens.subList(i, j)) {
          phrase.add(new Term(field, t.term()));
        }
        parts.add(phrase.build());
      }
      i = j;
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    parts.forEach(p -> b.add(p, occur));
    return b.build();
  }
}
