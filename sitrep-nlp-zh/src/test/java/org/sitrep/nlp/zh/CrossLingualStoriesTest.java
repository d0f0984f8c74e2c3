package org.sitrep.nlp.zh;

import org.junit.jupiter.api.BeforeAll;

/**
 * {@link CrossLingualStories} on the stored annotation of the pages (what {@link CrossLingualStoriesIT}
 * checks the packs still give), without loading the models.
 */
class CrossLingualStoriesTest extends CrossLingualStories {
  @BeforeAll
  static void read() throws Exception {
    readStored();
  }
}
