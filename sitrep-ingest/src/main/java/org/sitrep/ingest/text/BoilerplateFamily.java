package org.sitrep.ingest.text;

/** The kinds of page furniture a text dump carries around an article. */
public enum BoilerplateFamily {
  /** Site navigation, accessibility links, breadcrumbs, section labels. */
  NAVIGATION(true),
  /** Comment forms and counters. */
  COMMENTS(true),
  /** Lists of other articles: related, latest, popular, best, must-read. */
  RELATED(true),
  /** Share buttons, follow and subscribe prompts, newsletters, apps. */
  SHARE(true),
  /** Copyright, legal and cookie lines. */
  LEGAL(true),
  /** Summary boxes placed before the story: synopsis, key takeaways, highlights. */
  SUMMARY(true),
  /** Credit lines: photo credits, "Source: X", syndication notes. */
  CREDIT(true),
  /** Author contact lines: e-mail addresses, "write to", social handles. */
  CONTACT(true),
  /** Short interruptions inside a story: "Advertisement", "Also read: ...", "Scroll to continue". */
  INTERRUPTION(false);

  private final boolean ending;

  BoilerplateFamily(boolean ending) {
    this.ending = ending;
  }

  /** Whether a story may continue after a line of this family (false) or the family marks its end. */
  public boolean ending() {
    return ending;
  }
}
