package org.sitrep.nlp.zh;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.parse.Sentence;
import org.sitrep.nlp.parse.Token;

/**
 * CoreNLP's Chinese pipeline (CTB segmenter, distsim tagger, CRF NER with the KBP gazetteer) as our
 * typed records. Loads the models once at construction (about 1.5 GB of heap and tens of seconds);
 * thread-safe.
 *
 * <p>NOTE: the pipeline's properties ({@code StanfordCoreNLP-chinese.properties}) are read as UTF-8.
 * {@link Properties#load(InputStream)} reads ISO-8859-1, which garbles the sentence-final 。！？ of
 * {@code ssplit.boundaryTokenRegex}; sentence splitting then silently stops and every article is one
 * sentence.
 */
public final class ChineseParser {
  static final String PROPERTIES = "StanfordCoreNLP-chinese.properties";
  private final StanfordCoreNLP pipeline;

  public ChineseParser() {
    Properties props = chineseProperties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("ner.buildEntityMentions", "false");
    this.pipeline = new StanfordCoreNLP(props);
  }

  /** CoreNLP's Chinese properties from the models jar, read as UTF-8. */
  static Properties chineseProperties() {
    InputStream in = ChineseParser.class.getClassLoader().getResourceAsStream(PROPERTIES);
    Objects.requireNonNull(in, PROPERTIES + " missing: the CoreNLP models-chinese jar is not on the class path");
    Properties props = new Properties();
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      props.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + PROPERTIES, e);
    }
    return props;
  }

  /** Segments, tags and names the entities of {@code text}; {@code docDate} is kept for the record. */
  public ParsedText parse(String text, @Nullable String docDate) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    List<CoreMap> sents = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sents != null) {
      for (CoreMap s : sents) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
          CoreLabel l = labels.get(i);
          tokens.add(new Token(i, l.word(), l.beginPosition(), l.endPosition(),
              l.tag() == null ? "" : l.tag(), l.word(), l.ner() == null ? "O" : l.ner(),
              l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
        }
        int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        sentences.add(new Sentence(sentences.size(), begin, end, tokens, List.of()));
      }
    }
    return new ParsedText(text, docDate, sentences, List.of());
  }
}
