package org.sitrep.nlp.parse;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.TransposedOutputClassifier;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.sitrep.nlp.NlpConfig;

/**
 * Runs CoreNLP (tokenize, ssplit, pos, lemma, ner with SUTime, optionally depparse) and returns
 * {@link ParsedText}. SUTime's rules run only over sentences with a temporal cue ({@link
 * TimeRuleGate}). Loads the models once at construction (seconds, about 1 GB); thread-safe.
 * CoreNLP's types and its property map stay inside this class.
 */
public final class CoreNlpParser {
  /**
   * Entries of the dependency parser's cache of hidden-layer products (CoreNLP's default: 5,000;
   * each entry is one float per hidden unit, 1,000 for the English UD model).
   */
  static final int DEPPARSE_CACHE = 50_000;
  /** Longer sentences get no dependency parse (CoreNLP's annotator skips them alike). */
  static final int DEPPARSE_MAX_TOKENS = 150;
  /**
   * The NER annotators, one per fine-grained setting, shared by every parser of the JVM as
   * CoreNLP shares the annotators it builds (the models take seconds and hundreds of MB).
   */
  private static final Map<Boolean, Ner> NER = new ConcurrentHashMap<>();
  private final StanfordCoreNLP pipeline;
  private final Ner ner;
  private final @Nullable DependencyParser depparse;
  private final boolean transposedParserOutput;
  private final NlpConfig config;

  public CoreNlpParser(NlpConfig config) {
    this.config = config;
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    props.setProperty("tokenize.options", "invertible=true,splitHyphenated=false");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    this.pipeline = new StanfordCoreNLP(props);
    this.ner = NER.computeIfAbsent(config.fineGrainedNer(), Ner::load);
    if (config.dependencies()) {
      Properties dep = new Properties();
      // The parser caches hidden-layer products of features outside its precomputed set in an LRU
      // map of 5,000 entries by default; news text misses it so often that computing and evicting
      // entries was a third of the parser's samples in a profile. 50,000 entries (4 KB each, so at
      // most about 200 MB) made the whole pipeline about 10% faster in alternating runs; parses are
      // identical, as an entry is computed the same way whether it is cached or not.
      dep.setProperty("numCached", Integer.toString(DEPPARSE_CACHE));
      // The parser itself rather than CoreNLP's depparse annotator: the annotator derives four more
      // graphs from each parse (collapsed, CC-processed, enhanced, enhanced++) that nothing here
      // reads, a fifth of the parser's CPU in a profile; the basic graph is built the same way.
      this.depparse = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, dep);
      // The same scores bit for bit, with the output layer's sums for all labels side by side.
      this.transposedParserOutput = TransposedOutputClassifier.install(depparse, DEPPARSE_CACHE);
    } else {
      this.depparse = null;
      this.transposedParserOutput = false;
    }
  }

  public NlpConfig config() {
    return config;
  }

  /**
   * Whether SUTime's rules run only over sentences with a temporal cue ({@link TimeRuleGate});
   * false would mean CoreNLP changed so that the filter could not be set (same output, slower).
   */
  public boolean selectiveTimeRules() {
    return ner.selective();
  }

  /**
   * Whether the dependency parser scores transitions with {@link TransposedOutputClassifier}
   * (false without dependencies, or if CoreNLP changed so that it could not be set).
   */
  public boolean transposedParserOutput() {
    return transposedParserOutput;
  }

  /** CoreNLP's NER annotator (its statistical taggers, numbers and SUTime) and its time filter. */
  private record Ner(NERCombinerAnnotator annotator, boolean selective) {
    static Ner load(boolean fineGrained) {
      Properties props = new Properties();
      props.setProperty("ner.applyFineGrained", Boolean.toString(fineGrained));
      props.setProperty("ner.buildEntityMentions", "true");
      props.setProperty("ner.useSUTime", "true");
      props.setProperty("sutime.includeRange", "true");
      NERCombinerAnnotator annotator;
      try {
        annotator = new NERCombinerAnnotator(props);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load CoreNLP's English NER models", e);
      }
      return new Ner(annotator, TimeRuleGate.install(annotator));
    }
  }

  /**
   * Analyses {@code text}, anchoring SUTime to {@code docDate} (an ISO date; null leaves relative
   * dates unanchored).
   */
  public ParsedText parse(String text, @Nullable String docDate) {
    Annotation doc = new Annotation(text);
    // only a full date anchors SUTime; a partial one ("XXXX-06-21") leaves the text unanchored
    if (docDate != null && docDate.length() >= 10 && Character.isDigit(docDate.charAt(0))) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, docDate.substring(0, 10));
    }
    pipeline.annotate(doc);
    ner.annotator().annotate(doc);
    if (depparse != null) {
      if (config.dependenciesEverywhere()) {
        parseAll(doc);
      } else {
        parseSelected(doc, text);
      }
    }
    List<Sentence> sentences = new ArrayList<>();
    List<CoreMap> sents = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sents != null) {
      for (CoreMap s : sents) {
        sentences.add(sentence(sentences.size(), s));
      }
    }
    List<TimexMention> timexes = new ArrayList<>();
    List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions != null) {
      for (CoreMap m : mentions) {
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        if (timex == null) {
          continue;
        }
        int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        timexes.add(new TimexMention(text.substring(b, e), b, e,
            timex.timexType() == null ? "DATE" : timex.timexType(),
            timex.value() == null ? (timex.altVal() == null ? "" : timex.altVal()) : timex.value()));
      }
    }
    return new ParsedText(text, docDate, sentences, timexes);
  }

  /** Dependency-parses only the sentences {@link DependencyDemand} selects. */
  private void parseSelected(Annotation doc, String text) {
    List<CoreMap> sents = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sents == null || sents.isEmpty()) {
      return;
    }
    List<DependencyDemand.Words> words = new ArrayList<>(sents.size());
    for (CoreMap s : sents) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      List<String> w = new ArrayList<>(labels.size());
      List<String> lemmas = new ArrayList<>(labels.size());
      List<String> tags = new ArrayList<>(labels.size());
      List<String> ner = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        w.add(l.word());
        lemmas.add(l.lemma() == null ? l.word() : l.lemma());
        tags.add(l.tag() == null ? "" : l.tag());
        ner.add(l.ner() == null ? "O" : l.ner());
      }
      int b = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int e = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      words.add(new DependencyDemand.Words(text.substring(b, e), w, lemmas, tags, ner));
    }
    boolean[] chosen = DependencyDemand.select(words);
    for (int i = 0; i < sents.size(); i++) {
      if (chosen[i]) {
        parseOne(sents.get(i));
      }
    }
  }

  /** Dependency-parses every sentence that is short enough ({@link #DEPPARSE_MAX_TOKENS}). */
  private void parseAll(Annotation doc) {
    List<CoreMap> sents = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sents != null) {
      sents.forEach(this::parseOne);
    }
  }

  /** Sets the sentence's basic dependencies, as CoreNLP's depparse annotator does. */
  private void parseOne(CoreMap sentence) {
    if (sentence.get(CoreAnnotations.TokensAnnotation.class).size() > DEPPARSE_MAX_TOKENS) {
      return;
    }
    GrammaticalStructure gs = depparse.predict(sentence);
    sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
        SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
            GrammaticalStructure.Extras.NONE, null));
  }

  private static Sentence sentence(int index, CoreMap s) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      tokens.add(new Token(i, l.word(), l.beginPosition(), l.endPosition(),
          l.tag() == null ? "" : l.tag(), l.lemma() == null ? l.word() : l.lemma(),
          l.ner() == null ? "O" : l.ner(),
          l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
    }
    List<Dependency> deps = new ArrayList<>();
    SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph != null) {
      for (var root : graph.getRoots()) {
        deps.add(new Dependency("root", -1, root.index() - 1));
      }
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1,
            e.getDependent().index() - 1));
      }
    }
    int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new Sentence(index, begin, end, tokens, deps);
  }
}
