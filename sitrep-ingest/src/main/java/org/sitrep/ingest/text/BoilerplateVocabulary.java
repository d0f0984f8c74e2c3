package org.sitrep.ingest.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Keyword families of boilerplate lines, in English and, for portal chrome, Chinese. A family is
 * matched against a whole short line only, so a sentence of the story that mentions "subscribe" or
 * "comments" is never taken for furniture. Thread-safe.
 */
public final class BoilerplateVocabulary {
  /** Lines longer than this many words are prose whatever they contain. */
  static final int MAX_WORDS = 14;

  private record Rule(BoilerplateFamily family, Pattern pattern) {}

  private static final List<Rule> RULES = List.of(
      rule(BoilerplateFamily.NAVIGATION,
          "skip to (main )?content|skip navigation|(quick|direct) access to|main (menu|page|navigation)"
              + "|^(home|menu|search|sections?|navigation|back to top|top|login|log ?in|sign in|register|"
              + "previous|next|previous article|next article|previous post|next post|go to top|toggle navigation)$"
              + "|^(about|about us|contact|contact us|advertise|advertise with us|careers|faq|help|sitemap|rss|e-paper)$"
              + "|^\\S+( \\S+)?\\s*[>›»]\\s*\\S+|^(首页|主页|返回)|^latest news( from .*)?$|^breaking( news)?$"
              + "|^(tags?|topics?|categories|category|filed under|keywords?)\\s*:"
              + "|^views?\\s*\\d*$|^\\d+\\s*views?$"
              + "|^([^|•]{1,25}\\s[|•]\\s){2,}[^|•]{1,25}$"),
      rule(BoilerplateFamily.COMMENTS,
          "please enter your (comment|name|email)|leave a (reply|comment)|post a comment|add a comment"
              + "|^comments?\\s*[\\d(]|^comments?$|^\\d+\\s+comments?$|be the first to comment|you must be logged in"
              + "|join the (conversation|discussion)|notify me of|save my name|^reply$|comments are closed"
              + "|write a comment|view comments|show comments"),
      rule(BoilerplateFamily.RELATED,
          "^(\\[\\w+\\] )?(related|latest|top|popular|trending|recommended|more|similar|other|best|featured|"
              + "editor'?s|most read|most viewed|most popular|weekly best|daily best)( \\w+)? (articles?|stories|news|"
              + "posts|reads|videos|picks|headlines)\\b[^.]*$"
              + "|you may (also )?like|must[- ]reads?|popular now|trending now|^read (more|next|also)\\b|"
              + "more articles like this|don'?t miss|more from\\b|recommended for you|what to read next|"
              + "^see also|^in (other|related) news|^(related|latest|more|also read)\\s*:?$|相关(新闻|阅读|文章)|热门|推荐阅读"),
      rule(BoilerplateFamily.SHARE,
          "^share( this( article| story| post)?| on| via)?\\b|^(facebook|twitter|whatsapp|linkedin|telegram|"
              + "e-?mail|print|reddit|copy link)([\\s|·,/]+(facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|"
              + "print|reddit|copy link))+$|follow us( on)?\\b|^subscribe\\b|subscribe (to|for) our\\b|^sign up\\b"
              + "|^(get|sign up for|subscribe to) (our|the)( \\w+)? newsletter|newsletter$|download (our|the) app"
              + "|^click here|^get the latest|join our (channel|community)|分享到|扫一扫|关注我们"),
      rule(BoilerplateFamily.LEGAL,
          "©|\\(c\\)\\s*\\d{4}|copyright|all rights reserved|terms of (use|service)|privacy policy|cookie"
              + "|^disclaimer\\b|auto-generated from a syndicated feed|has not been edited by"
              + "|版权|备案|免责声明"),
      rule(BoilerplateFamily.SUMMARY,
          "^(synopsis|key takeaways|takeaways|highlights|story highlights|summary|tl;?dr|in brief|key points|"
              + "at a glance|quick read|in short)\\s*:?$"),
      rule(BoilerplateFamily.CREDIT,
          "^(photo|photos|image|images|picture|file photo|pictured|illustration|graphic|video)"
              + "( credits?| by| courtesy)?\\s*[:/|]|^(source|sources|courtesy|credit|credits)\\s*:"
              + "|^\\((editorial|column|op-?ed|opinion|commentary|this article|story)?\\s*(from|by|via|courtesy of|"
              + "originally)\\b.*\\)$|^[A-Z][\\w.&-]*( [A-Z][\\w.&-]*)?(/[A-Z][\\w.&-]*( [A-Z][\\w.&-]*)?)+$"
              + "|^\\(?with inputs from\\b|^(来源|来自|图片来源|图源)\\s*[:：]|^(editing|edited|reporting|additional reporting|compiled) by\\b"),
      rule(BoilerplateFamily.CONTACT,
          "^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$|^(e-?mail|contact|write to|send feedback|reach)\\b.*@"
              + "|^(follow|find) (him|her|them|the author) on|^@\\w+$"),
      rule(BoilerplateFamily.INTERRUPTION,
          "^advertisement$|^advert$|^ad$|^sponsored( content)?$|^scroll (down )?to continue|^(also read|read also|"
              + "read more|watch|listen|see more)\\s*[:|-]|^continue reading|^story continues( below)?"));

  /**
   * A legal notice of Chinese page chrome however long: a paragraph opened by a notice label ("声明：",
   * "免责声明：", "版权声明：") or one that forbids re-publication ("未经授权不得转载", "转载请注明出处"). (An
   * English "Disclaimer:" paragraph is left to the short-line rules: news bodies often end with one.)
   */
  private static final Pattern LEGAL_NOTICE = Pattern.compile(
      "^[\\s【\\[(（]*(?:版权声明|免责声明|特别声明|法律声明|郑重声明|声明|版权所有)"
          + "[】\\])）]?\\s*[:：]|不得(?:转载|复制|摘编)|禁止转载|严禁转载|转载请注明|未经.{0,20}(?:授权|许可|同意).{0,20}(?:转载|使用)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Labels of a metadata line in Chinese page chrome: source, author, editor, font size, time, views. */
  private static final Pattern CJK_META_LABEL =
      Pattern.compile("(?:来源|作者|记者|责任编辑|编辑|字号|字体|发布时间|发表时间|时间|浏览|点击|阅读)\\s*[:：]");

  /** Whether {@code paragraph} is a legal notice (copyright, disclaimer, re-publication ban), whatever its length. */
  public static boolean legalNotice(String paragraph) {
    return paragraph.length() <= 1500 && hasHan(paragraph) && LEGAL_NOTICE.matcher(paragraph).find();
  }

  /** Whether the text holds a CJK ideograph: the notices above are Chinese, so Latin text skips the pattern. */
  private static boolean hasHan(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x4E00 && c <= 0x9FFF) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code line} is a line of page metadata in Chinese chrome ("来源：… 作者：… 【字号：大 中 小】"): two
   * labels or more and no sentence in it. The metadata reader takes what it says; it is no part of the story.
   */
  public static boolean metadataLine(String line) {
    return line.length() <= 200 && hasHan(line) && CJK_META_LABEL.matcher(line).results().limit(2).count() >= 2
        && line.chars().noneMatch(c -> c == '。' || c == '！' || c == '？');
  }

  private static Rule rule(BoilerplateFamily family, String regex) {
    return new Rule(family, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  /** The family {@code line} belongs to, or null if it is not recognisable furniture. */
  public @Nullable BoilerplateFamily classify(String line) {
    String text = line.strip();
    if (text.isEmpty() || TextShape.words(text) > MAX_WORDS) {
      return null;
    }
    if (isSectionLabel(text)) {
      return BoilerplateFamily.NAVIGATION;
    }
    for (Rule rule : RULES) {
      if (rule.pattern().matcher(text).find()) {
        return rule.family();
      }
    }
    return null;
  }

  /** A one- or two-word all-capitals line ("BUSINESS", "WORLD NEWS", "LATEST&nbsp") is a section label. */
  private static boolean isSectionLabel(String text) {
    String bare = text.replace("&nbsp;", "").replace("&nbsp", "").strip();
    return bare.length() >= 3 && TextShape.words(bare) <= 2 && bare.chars().anyMatch(Character::isLetter)
        && bare.equals(bare.toUpperCase(Locale.ROOT)) && bare.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '&')
        && !bare.equals(bare.toLowerCase(Locale.ROOT));
  }
}
