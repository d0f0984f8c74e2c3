package org.sitrep.store;

import java.io.IOException;

/**
 * An article the store refuses because it could not be read back: its JSON is longer than {@link
 * ArticleStore#MAX_ARTICLE_JSON_CHARS}. The message names the article and both sizes.
 */
public final class ArticleTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  public ArticleTooLargeException(String message) {
    super(message);
  }
}
