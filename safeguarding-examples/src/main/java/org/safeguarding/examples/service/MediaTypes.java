package org.safeguarding.examples.service;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Chooses what to answer from a request's {@code Accept} header: the offered type the client
 * prefers most (by its {@code q} values, ties going to the earlier offer), or none when the client
 * accepts none of them. No {@code Accept} header accepts anything.
 */
final class MediaTypes {

  private MediaTypes() {}

  /**
   * The offered type to answer with.
   *
   * @param accept the {@code Accept} header, or null when the request has none
   * @param offered the types the route can give, the one it prefers first
   * @return one of {@code offered}, or null when the client accepts none of them
   */
  static @Nullable String choose(@Nullable String accept, List<String> offered) {
    if (accept == null || accept.isBlank()) {
      return offered.get(0);
    }
    @Nullable String best = null;
    double bestQuality = 0;
    for (String offer : offered) {
      double quality = quality(accept, offer);
      if (quality > bestQuality) {
        best = offer;
        bestQuality = quality;
      }
    }
    return best;
  }

  /** The quality the header gives an offer: that of its most specific matching range. */
  private static double quality(String accept, String offer) {
    int slash = offer.indexOf('/');
    String type = offer.substring(0, slash);
    int bestSpecificity = -1;
    double quality = 0;
    for (String range : accept.split(",", 64)) {
      String[] parts = range.split(";", 16);
      String name = parts[0].strip().toLowerCase(Locale.ROOT);
      int specificity =
          name.equals(offer) ? 2 : name.equals(type + "/*") ? 1 : name.equals("*/*") ? 0 : -1;
      if (specificity > bestSpecificity) {
        bestSpecificity = specificity;
        quality = q(parts);
      }
    }
    return quality;
  }

  private static double q(String[] parameters) {
    for (int i = 1; i < parameters.length; i++) {
      String parameter = parameters[i].strip();
      if (parameter.length() > 2 && parameter.regionMatches(true, 0, "q=", 0, 2)) {
        try {
          double q = Double.parseDouble(parameter.substring(2));
          return q >= 0 && q <= 1 ? q : 0;
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }

  /**
   * Whether a request's {@code Content-Type} says JSON in UTF-8: {@code application/json}, with no
   * charset or UTF-8 (the contract's only encoding).
   *
   * @param contentType the header, or null
   * @return whether the body can be read as the contract's JSON
   */
  static boolean isJson(@Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";", 16);
    if (!parts[0].strip().equalsIgnoreCase("application/json")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
      if (parameter.startsWith("charset=")) {
        String charset = parameter.substring("charset=".length()).replace("\"", "");
        if (!charset.equals("utf-8") && !charset.equals("utf8")) {
          return false;
        }
      }
    }
    return true;
  }
}
