package org.safeguarding.core.json;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.PlanProblem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * Refuses an array of more than {@link JsonLimits#MAX_ARRAY_ENTRIES} entries as it is parsed, so
 * that a document of millions of tiny entries never becomes millions of nodes in memory. Jackson's
 * own limits bound the document and its tokens, but not one array.
 */
final class BoundedArrayParser extends JsonParserDelegate {

  private final String subject;

  BoundedArrayParser(JsonParser parser, String subject) {
    super(parser);
    this.subject = subject;
  }

  @Override
  public @Nullable JsonToken nextToken() {
    return checked(super.nextToken());
  }

  @Override
  public @Nullable JsonToken nextValue() {
    return checked(super.nextValue());
  }

  private @Nullable JsonToken checked(@Nullable JsonToken token) {
    if (token == null || token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT) {
      return token;
    }
    TokenStreamContext context = streamReadContext();
    // A token that opens a container has entered it; the entry it is belongs to the parent.
    @Nullable TokenStreamContext holder = token.isStructStart() ? context.getParent() : context;
    if (holder != null
        && holder.inArray()
        && holder.getCurrentIndex() >= JsonLimits.MAX_ARRAY_ENTRIES) {
      @Nullable TokenStreamContext owner = holder.getParent();
      String path = owner == null ? "$" : JsonPaths.of(owner);
      throw new InvalidPlanException(
          subject,
          List.of(
              PlanProblem.of(
                  path, "must hold at most " + JsonLimits.MAX_ARRAY_ENTRIES + " entries")));
    }
    return token;
  }
}
