/** Sourced briefs of a story in Markdown, HTML and PDF, every statement footnoted to its source sentence. */
@NullMarked
package org.sitrep.server.brief;

import org.jspecify.annotations.NullMarked;
