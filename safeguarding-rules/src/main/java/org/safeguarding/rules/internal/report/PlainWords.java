package org.safeguarding.rules.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.rules.internal.words.Catalogue;

/**
 * Puts plain words for the codes and role names that the engine's sentences carry for machines: a
 * list of codes in brackets, "(RISK_EXTREME, POLICY_MISSING)", becomes their titles, and a role
 * given as its constant, "SAFEGUARDING_LEAD (the role)", becomes the role in words. Only those
 * exact shapes change, and only when every code in the brackets is one the catalogue knows, so an
 * id that merely looks like a code is left as it is.
 */
final class PlainWords {

  private static final Pattern CODES =
      Pattern.compile("\\(([A-Z][A-Z0-9_]*(?:, [A-Z][A-Z0-9_]*)*)\\)");

  private static final Pattern ROLE = Pattern.compile("\\b([A-Z][A-Z_]*) \\(the role\\)");

  private PlainWords() {}

  static String of(String sentence, Catalogue words) {
    String coded = codes(sentence, words);
    return roles(coded, words);
  }

  private static String codes(String sentence, Catalogue words) {
    Matcher matcher = CODES.matcher(sentence);
    StringBuilder out = new StringBuilder(sentence.length() + 32);
    while (matcher.find()) {
      List<String> titles = new ArrayList<>();
      boolean known = true;
      for (String code : matcher.group(1).split(", ")) {
        Optional<String> title = words.find("code." + code);
        if (title.isEmpty()) {
          known = false;
          break;
        }
        titles.add(title.get());
      }
      String replacement = known ? "(" + String.join("; ", titles) + ")" : matcher.group();
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String roles(String sentence, Catalogue words) {
    Matcher matcher = ROLE.matcher(sentence);
    StringBuilder out = new StringBuilder(sentence.length() + 32);
    while (matcher.find()) {
      String replacement = matcher.group();
      for (StaffRole role : StaffRole.values()) {
        if (role.name().equals(matcher.group(1))) {
          replacement =
              words.render(
                  "door.note.role", java.util.Map.of("role", words.label(role)), Optional.empty());
        }
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
