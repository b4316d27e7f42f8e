package org.safeguarding.core.internal.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * Holds every string to the length limit, and refuses an array of more entries than the limits
 * allow as it is parsed, wherever it is (even as the value of an unknown field, which is skipped
 * unread), so that its size alone costs no time beyond the limit. Jackson's own limits bound the
 * document and its tokens, but not one array.
 */
final class BoundedArrayParser extends JsonParserDelegate {

  private final int maxEntries;
  private final int maxStringLength;

  BoundedArrayParser(JsonParser parser, int maxEntries, int maxStringLength) {
    super(parser);
    this.maxEntries = maxEntries;
    this.maxStringLength = maxStringLength;
  }

  @Override
  public @Nullable JsonToken nextToken() {
    return checked(super.nextToken());
  }

  @Override
  public @Nullable JsonToken nextValue() {
    return checked(super.nextValue());
  }

  @Override
  public JsonParser skipChildren() {
    // The delegate's own skipping would bypass the count: skip token by token instead.
    JsonToken token = currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      JsonToken next = nextToken();
      if (next == null) {
        return this;
      }
      if (next.isStructStart()) {
        open++;
      } else if (next.isStructEnd()) {
        open--;
      }
    }
    return this;
  }

  private @Nullable JsonToken checked(@Nullable JsonToken token) {
    if (token == null || token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT) {
      return token;
    }
    if (token == JsonToken.VALUE_STRING) {
      // Jackson reads a string's text only when asked, and would skip an unread one unmeasured:
      // reading each into the parser's buffer holds every string to the length limit, read or
      // skipped, at the cost of one buffer.
      // Jackson checks the length as its buffer grows, in steps, so a string a little over the
      // limit can pass its check: measure each one here as well.
      if (delegate.getStringLength() > maxStringLength) {
        throw new TextFault(
            JsonPaths.of(streamReadContext()),
            "exceeds the reader's limit: strings of at most " + maxStringLength + " characters");
      }
    }
    TokenStreamContext context = streamReadContext();
    // A token that opens a container has entered it; the entry it is belongs to the parent.
    @Nullable TokenStreamContext holder = token.isStructStart() ? context.getParent() : context;
    if (holder != null && holder.inArray() && holder.getCurrentIndex() >= maxEntries) {
      @Nullable TokenStreamContext owner = holder.getParent();
      String path = owner == null ? "$" : JsonPaths.of(owner);
      throw new TextFault(path, "must hold at most " + maxEntries + " entries");
    }
    return token;
  }
}
