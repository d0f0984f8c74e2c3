package org.sitrep.corpus.claim;

import java.util.List;
import java.util.Map;
import org.sitrep.core.corpus.ClaimSummary;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Claim;

/**
 * One claim across outlets: the contract's summary plus what the summary cannot hold.
 *
 * @param summary the contract's claim summary (its text carries a "[figures differ: ...]" note
 *     when {@code figuresDiffer})
 * @param members every article claim recognised as this claim, in arrival order
 * @param figures unit (stemmed, "" when none) to the distinct figures given for it, each with the
 *     outlets that gave it ("6,700 containers" to [Yonhap, Korea Times])
 * @param figuresDiffer true when outlets give different figures for the same unit
 */
public record ClaimGroup(ClaimSummary summary, List<Member> members, Map<String, Map<String, List<String>>> figures,
    boolean figuresDiffer) {
  public ClaimGroup {
    members = List.copyOf(members);
    figures = Map.copyOf(figures);
  }

  /** One article's claim in the group. */
  public record Member(Article article, Claim claim) {}
}
