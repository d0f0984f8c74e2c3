package org.sitrep.corpus.entity;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.EntityType;

/**
 * Corpus entity identities as the cross-article views need them: an article's entity (by its
 * article-local id or a name the article uses) to its corpus entity id, and a corpus entity's name
 * and type. Implemented over one analysis ({@link EntityResolver}) and over the store's entity
 * records (the incremental corpus).
 */
public interface EntityLookup {
  /** The corpus entity id of an article's entity, by its article-local id. */
  Optional<String> globalId(String articleId, @Nullable String localId);

  /** The corpus entity id for a name as used in an article (its canonical name or an alias). */
  Optional<String> globalIdByName(String articleId, @Nullable String name);

  /** The corpus entity named {@code name} anywhere in the corpus. */
  Optional<String> globalIdOfName(@Nullable String name);

  /** The corpus name of a corpus entity id. */
  @Nullable String name(String globalId);

  /** The corpus type of a corpus entity id. */
  @Nullable EntityType type(String globalId);
}
