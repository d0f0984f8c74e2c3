package org.sitrep.nlp.event;

import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.TimeExpression;
import java.util.List;
import org.sitrep.nlp.parse.ParsedText;

/** Events (sign, meet, visit, send, warn, deny, ...) from the dependency parse, with canonical actors and the event's own date. Thread-safe once built. */
public final class EventExtractor {
  /** Events in text order. */
  public List<Event> extract(ParsedText parsed, List<Entity> entities, List<TimeExpression> times) {
    throw new UnsupportedOperationException("EventExtractor: to be written (issue 3)");
  }
}
