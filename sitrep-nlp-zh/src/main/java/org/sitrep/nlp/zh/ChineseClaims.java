package org.sitrep.nlp.zh;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.ClaimStatus;
import org.sitrep.core.model.EntityType;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.parse.Sentence;

/**
 * Attributed statements in Chinese news, one per sentence, with their status from the source's own
 * words: denials (否认, 驳斥, 反驳, 称…毫无根据 / 纯属捏造 / 不实), which deny the sentence before when
 * they point back at it (这一说法, 上述报道) and their own sentence otherwise; reports (据X报道, X报道称,
 * 据X消息) and allegations (据称, 据悉, 据传, 声称, 指责, 指控); disputes (质疑, 争议); and assertions
 * (X表示, X称, X指出 with reported speech). Thread-safe.
 */
final class ChineseClaims {
  private static final Pattern DENIAL = Pattern.compile(
      "否认|驳斥|反驳|辟谣|毫无根据|纯属捏造|子虚乌有|完全不实|不实之词|纯属谣言|荒谬");
  private static final Pattern BACK_REFERENCE = Pattern.compile(
      "(这一|该|此|上述|相关|这些|这种|此类|有关)(说法|报道|指控|消息|传闻|言论|指责|猜测)|此说|^对此");
  private static final Pattern REPORTED = Pattern.compile(
      "据([^，。]{0,30}?)(报道|消息|援引|透露|介绍|统计)|([^，。]{1,30}?)报道称");
  private static final Pattern ALLEGED = Pattern.compile("据称|据悉|据传|传闻|有消息称|声称|宣称|指责|指控|涉嫌|疑似");
  private static final Pattern DISPUTED = Pattern.compile("质疑|争议|存在分歧");
  private static final Pattern ASSERTED = Pattern.compile(
      "(表示|称|指出|强调|说|认为|宣布|警告|重申)[，：:]");

  /** Claims of the text after {@code bodyStart} (the end of its dateline). */
  List<Claim> find(ParsedText parsed, ChineseEntities.Result entities, int bodyStart) {
    String text = parsed.text();
    List<Claim> out = new ArrayList<>();
    Claim previous = null;
    for (Sentence whole : parsed.sentences()) {
      if (whole.end() <= bodyStart) {
        continue;
      }
      int begin = Math.max(whole.begin(), bodyStart);
      while (begin < whole.end() && Character.isWhitespace(text.charAt(begin))) {
        begin++;
      }
      Sentence s = new Sentence(whole.index(), begin, whole.end(), whole.tokens(), whole.dependencies());
      String sentence = text.substring(s.begin(), s.end());
      if (sentence.strip().length() < 6) {
        continue;
      }
      Matcher denial = DENIAL.matcher(sentence);
      if (denial.find()) {
        List<String> deniers = names(entities, s.begin(), s.begin() + denial.start());
        if (previous != null && BACK_REFERENCE.matcher(sentence).find()) {
          out.set(out.size() - 1, new Claim(previous.text(), previous.claimant(), ClaimStatus.DENIED,
              deniers, previous.start(), previous.end()));
          previous = null;
          continue;
        }
        Claim c = new Claim(sentence.strip(), null, ClaimStatus.DENIED, deniers, s.begin(), s.end());
        out.add(c);
        previous = c;
        continue;
      }
      Claim c = null;
      Matcher reported = REPORTED.matcher(sentence);
      if (reported.find()) {
        int from = reported.start(1) >= 0 ? reported.start(1) : reported.start(3);
        int to = reported.end(1) >= 0 ? reported.end(1) : reported.end(3);
        // the named source, unless it is only part of it (韩国 of 韩国联合通讯社): then the words as written
        String raw = sentence.substring(from, to).strip();
        String claimant = raw.isEmpty() ? null : raw;
        for (ChineseEntities.Found f : entities.mentions()) {
          if (f.start() >= s.begin() + from && f.end() <= s.begin() + to
              && f.surface().length() == raw.length()) {
            claimant = f.canonical();
          }
        }
        c = new Claim(sentence.strip(), claimant, ClaimStatus.REPORTED, List.of(), s.begin(), s.end());
      } else if (ALLEGED.matcher(sentence).find()) {
        Matcher a = ALLEGED.matcher(sentence);
        a.find();
        List<String> who = names(entities, s.begin(), s.begin() + a.start());
        c = new Claim(sentence.strip(), who.isEmpty() ? null : who.getFirst(), ClaimStatus.ALLEGED,
            List.of(), s.begin(), s.end());
      } else if (DISPUTED.matcher(sentence).find()) {
        c = new Claim(sentence.strip(), null, ClaimStatus.DISPUTED, List.of(), s.begin(), s.end());
      } else {
        Matcher a = ASSERTED.matcher(sentence);
        if (a.find() && !sentence.substring(a.end()).startsWith("“")) {
          ChineseEntities.Found who = ChineseQuotes.lastSpeaker(text, entities, s.begin(), s.begin() + a.start());
          if (who != null) {
            c = new Claim(sentence.strip(), who.canonical(), ClaimStatus.ASSERTED, List.of(),
                s.begin(), s.end());
          }
        }
      }
      if (c != null) {
        out.add(c);
      }
      previous = c;
    }
    return out;
  }

  /** Canonical names of the people, organisations and states named in [from, to), in order. */
  private static List<String> names(ChineseEntities.Result entities, int from, int to) {
    Set<String> out = new LinkedHashSet<>();
    for (ChineseEntities.Found f : entities.mentions()) {
      if (f.start() >= from && f.end() <= to && f.type() != EntityType.LOCATION) {
        out.add(f.canonical());
      }
    }
    return List.copyOf(out);
  }
}
