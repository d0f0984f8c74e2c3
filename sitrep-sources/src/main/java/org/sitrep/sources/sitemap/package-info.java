/** Sitemaps (index, urlset, news extension, gzip) as lists of an outlet's articles, on crawler-commons. */
@NullMarked
package org.sitrep.sources.sitemap;

import org.jspecify.annotations.NullMarked;
