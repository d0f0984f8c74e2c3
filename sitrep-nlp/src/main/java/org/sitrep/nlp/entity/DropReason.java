package org.sitrep.nlp.entity;

/**
 * Why a name the tagger found did not become an entity mention. Every reason is a reading of the
 * text, not a guess at noise: the tagger's run is a title word, an affiliation, a people's name, a
 * compound modifier or a capitalised common word.
 */
public enum DropReason {
  /** A people or adjective of a country ("North Korean", "Russians"): no entity. */
  DEMONYM,
  /** Only articles and function words remained after the run was repaired. */
  FUNCTION_WORDS,
  /** A common noun capitalised by its place at a clause start ("Bank executives"), lower case elsewhere. */
  COMMON_WORD,
  /** A party, faith or group word ("Republican", "Muslim"): an affiliation. */
  AFFILIATION,
  /** Not capitalised: a common word the tagger marked. */
  NOT_CAPITALISED,
  /** A word of page furniture ("Share", "Comments", "Subscribe"). */
  NOISE_WORD,
  /** Two names joined by a hyphen as a modifier ("Putin-Kim summit", "Seoul-Moscow ties"). */
  COMPOUND_MODIFIER,
  /** A word of an official title ("State" in "Secretary of State", "Defence" in "Defence Secretary"). */
  TITLE_WORD,
  /** An adjective or a people the tagger marked as a miscellaneous name ("Russophobic", "Europeans"). */
  ADJECTIVE_OR_PEOPLE,
  /** A capitalised headline word that the article's text uses as a common word ("Bonds", "Tensions"). */
  HEADLINE_WORD
}
