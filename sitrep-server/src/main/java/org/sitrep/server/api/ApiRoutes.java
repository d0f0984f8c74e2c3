package org.sitrep.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.ClaimSummary;
import org.sitrep.core.corpus.Corpus;
import org.sitrep.core.corpus.EntitySummary;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.core.corpus.TimelineItem;
import org.sitrep.core.model.Article;
import org.sitrep.json.SitrepJson;
import org.sitrep.server.brief.Brief;
import org.sitrep.server.brief.BriefBuilder;
import org.sitrep.server.brief.BriefFormat;
import org.sitrep.server.brief.HtmlBriefWriter;
import org.sitrep.server.brief.MarkdownBriefWriter;
import org.sitrep.server.brief.PdfBriefWriter;
import org.sitrep.server.graph.ActorGraphBuilder;
import org.sitrep.server.story.StoryReader;

/**
 * The JSON API under {@code /api/}. Handlers are small: parse strictly, ask the corpus, write JSON.
 * Errors are thrown as {@link ApiException} and rendered by the one mapper in {@code SitrepServer}.
 */
public final class ApiRoutes {
  private static final String JSON = "application/json; charset=utf-8";

  private final Corpus corpus;
  private final StoryReader stories;
  private final BriefBuilder briefs;
  private final ActorGraphBuilder graphs = new ActorGraphBuilder();
  private final byte[] openApi;

  public ApiRoutes(Corpus corpus) {
    this.corpus = java.util.Objects.requireNonNull(corpus, "corpus");
    this.stories = new StoryReader(corpus);
    this.briefs = new BriefBuilder(stories);
    this.openApi = resource("/openapi.json");
  }

  /** Registers every API route. */
  public void register(RoutesConfig routes) {
    routes.get("/api/openapi.json", ctx -> ctx.contentType(JSON).result(openApi));
    routes.get("/api/stories", ctx -> json(ctx, corpus.stories()));
    routes.get("/api/status", ctx -> json(ctx, java.util.Map.of("version", corpus.version())));
    routes.get("/api/stories/{id}", ctx -> json(ctx, stories.detail(story(ctx.pathParam("id")))));
    routes.get("/api/stories/{id}/quotes", ctx -> json(ctx, stories.quotes(story(ctx.pathParam("id")))));
    routes.get("/api/stories/{id}/compare", this::compare);
    routes.get("/api/stories/{id}/graph", this::graph);
    routes.get("/api/stories/{id}/brief", this::brief);
    routes.get("/api/entities", ctx -> json(ctx, entities(storyParam(ctx))));
    routes.get("/api/timeline", ctx -> json(ctx, timeline(storyParam(ctx))));
    routes.get("/api/claims", ctx -> json(ctx, claims(storyParam(ctx))));
    routes.get("/api/search", ctx -> json(ctx, corpus.search(Params.search(ctx))));
    routes.get("/api/articles/{id}", ctx -> json(ctx, article(ctx.pathParam("id"))));
  }

  private List<EntitySummary> entities(@Nullable String story) throws IOException {
    return corpus.entities(story);
  }

  private List<TimelineItem> timeline(@Nullable String story) throws IOException {
    return corpus.timeline(story);
  }

  private List<ClaimSummary> claims(@Nullable String story) throws IOException {
    return corpus.claims(story);
  }

  private void compare(Context ctx) throws IOException {
    StorySummary story = story(ctx.pathParam("id"));
    json(ctx, corpus.compare(story.id()).orElseThrow(() ->
        ApiException.notFound("story '" + story.id() + "' has no country comparison")));
  }

  private void graph(Context ctx) throws IOException {
    StorySummary story = story(ctx.pathParam("id"));
    List<Article> articles = stories.articles(story);
    json(ctx, graphs.build(story.id(), corpus.entities(story.id()), corpus.timeline(story.id()),
        corpus.claims(story.id()), articles));
  }

  private void brief(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    String raw = Params.optional(ctx, "format");
    BriefFormat format;
    try {
      format = raw == null ? BriefFormat.MD : BriefFormat.parse(raw);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("parameter 'format' " + e.getMessage().replace("brief format ", ""));
    }
    Brief brief = briefs.build(id).orElseThrow(() -> unknownStory(id));
    ctx.contentType(format.mediaType());
    switch (format) {
      case MD -> ctx.result(new MarkdownBriefWriter().write(brief));
      case HTML -> ctx.result(new HtmlBriefWriter("/").write(brief));
      case PDF -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfBriefWriter().write(brief, out);
        ctx.header("Content-Disposition", "inline; filename=\"brief-" + brief.story() + ".pdf\"");
        ctx.result(out.toByteArray());
      }
    }
  }

  private Article article(String id) throws IOException {
    return corpus.article(id).orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
  }

  private @Nullable String storyParam(Context ctx) throws IOException {
    String id = Params.optional(ctx, "story");
    if (id == null) {
      return null;
    }
    return story(id).id();
  }

  private StorySummary story(String id) throws IOException {
    return stories.story(id).orElseThrow(() -> unknownStory(id));
  }

  private static ApiException unknownStory(String id) {
    return ApiException.notFound("no story with id '" + id + "'");
  }

  private static void json(Context ctx, Object value) throws JsonProcessingException {
    ctx.contentType(JSON).result(SitrepJson.mapper().writeValueAsBytes(value));
  }

  private static byte[] resource(String name) {
    try (InputStream in = ApiRoutes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("server: resource " + name + " missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("server: cannot read resource " + name, e);
    }
  }

  /** The OpenAPI document as served (for tests and tools). */
  public String openApi() {
    return new String(openApi, StandardCharsets.UTF_8);
  }
}
