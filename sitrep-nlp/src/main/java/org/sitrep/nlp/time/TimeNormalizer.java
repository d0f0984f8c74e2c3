package org.sitrep.nlp.time;

import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.TimeExpression;
import java.util.List;
import org.sitrep.nlp.parse.ParsedText;

/** Time expressions with TIMEX3 values anchored to the article date and to dates mentioned just before. Thread-safe once built. */
public final class TimeNormalizer {
  /** Time expressions in text order; {@code articleDate} is the article's ISO date or null. */
  public List<TimeExpression> normalize(ParsedText parsed, @Nullable String articleDate) {
    throw new UnsupportedOperationException("TimeNormalizer: to be written (issue 3)");
  }
}
