package org.sitrep.bench.extraction;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.document.TextDocument;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.sax.BoilerpipeHTMLContentHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Two widely used open-source main-text extractors, run in this process on the same pages as ours so
 * that speed and quality are compared on one machine with one scorer: boilerpipe's ArticleExtractor
 * (the Java original of the Python boilerpipe in the published tables) and Readability4J (a Java port
 * of Mozilla's readability.js). Both read the page through jsoup, as ours does: boilerpipe gets jsoup's
 * tree as SAX events, because its own NekoHTML front end would put an old Xerces parser on the
 * classpath of the whole application.
 */
public final class ReferenceExtractors {
  private ReferenceExtractors() {}

  /** One extractor: page bytes and URL to the main text ("" when it finds none). */
  public interface Extractor {
    String name();

    String extract(byte[] html, @Nullable String url);
  }

  /** The reference extractors, in the order they are reported. */
  public static List<Extractor> all() {
    return List.of(new Boilerpipe(), new Readability(), new AllText());
  }

  static Document parse(byte[] html, @Nullable String url) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(html), null, url == null ? "" : url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** boilerpipe 1.2 ArticleExtractor over jsoup's parse. */
  static final class Boilerpipe implements Extractor {
    @Override
    public String name() {
      return "boilerpipe 1.2.2 ArticleExtractor (Java)";
    }

    @Override
    public String extract(byte[] html, @Nullable String url) {
      Document doc = parse(html, url);
      BoilerpipeHTMLContentHandler handler = new BoilerpipeHTMLContentHandler();
      try {
        handler.startDocument();
        NodeTraversor.traverse(new SaxEvents(handler), doc);
        handler.endDocument();
        TextDocument text = handler.toTextDocument();
        ArticleExtractor.INSTANCE.process(text);
        return text.getContent();
      } catch (SAXException | BoilerpipeProcessingException e) {
        throw new IllegalStateException("boilerpipe failed: " + e.getMessage(), e);
      }
    }
  }

  /** Readability4J 1.0 (readability.js ported to Kotlin) over jsoup's parse. */
  static final class Readability implements Extractor {
    @Override
    public String name() {
      return "Readability4J 1.0.8 (readability.js port)";
    }

    @Override
    public String extract(byte[] html, @Nullable String url) {
      Document doc = parse(html, url);
      Article article = new Readability4J(url == null ? "" : url, doc).parse();
      String text = article.getTextContent();
      return text == null ? "" : text;
    }
  }

  /** Every word of the page: jsoup's parse and nothing else, the floor under every extractor's time. */
  static final class AllText implements Extractor {
    @Override
    public String name() {
      return "jsoup 1.21 parse, all text (baseline)";
    }

    @Override
    public String extract(byte[] html, @Nullable String url) {
      return parse(html, url).text();
    }
  }

  /** Replays a jsoup tree as the SAX events an HTML parser would send (upper-case element names). */
  private static final class SaxEvents implements NodeVisitor {
    private final BoilerpipeHTMLContentHandler handler;

    SaxEvents(BoilerpipeHTMLContentHandler handler) {
      this.handler = handler;
    }

    @Override
    public void head(Node node, int depth) {
      try {
        if (node instanceof Element e && !(node instanceof Document)) {
          AttributesImpl attributes = new AttributesImpl();
          for (Attribute a : e.attributes()) {
            attributes.addAttribute("", a.getKey(), a.getKey(), "CDATA", a.getValue());
          }
          String tag = e.normalName().toUpperCase(Locale.ROOT);
          handler.startElement("", tag, tag, attributes);
        } else if (node instanceof TextNode t) {
          char[] chars = t.getWholeText().toCharArray();
          handler.characters(chars, 0, chars.length);
        }
      } catch (SAXException ex) {
        throw new IllegalStateException(ex);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && !(node instanceof Document)) {
        String tag = e.normalName().toUpperCase(Locale.ROOT);
        try {
          handler.endElement("", tag, tag);
        } catch (SAXException ex) {
          throw new IllegalStateException(ex);
        }
      }
    }
  }
}
