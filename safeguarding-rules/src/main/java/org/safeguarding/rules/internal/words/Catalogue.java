package org.safeguarding.rules.internal.words;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.PlatformFamily;

/**
 * The plain words people read, kept as data: a label for every decision, level, code, enum value
 * and platform control (in each platform's own words where it names a setting differently), the
 * templates that findings' messages and actions are written from, and the phrases of each report.
 * The machine-facing JSON keeps its codes and enum names; these words are for people only.
 *
 * <p>Each language is a set of UTF-8 {@code .properties} files beside this class, one per {@link
 * #BUNDLES bundle}, named {@code BUNDLE_LANGUAGE.properties} ({@code labels_en.properties}). Adding
 * a language (Welsh, {@code cy}) is adding its files; a key it lacks falls back to English, and a
 * test lists the keys each language lacks.
 *
 * <p>Keys:
 *
 * <ul>
 *   <li>{@code EnumType.CONSTANT}: the label of an enum value, such as {@code Decision.GO};
 *   <li>{@code PlatformControl.CONSTANT.FAMILY}: a control in one platform family's words, such as
 *       {@code PlatformControl.WAITING_ROOM.TEAMS}; without one, the neutral label is used;
 *   <li>{@code code.CODE}: a finding code or admission reason as a short title;
 *   <li>any other key: a template or phrase of the bundle that owns it.
 * </ul>
 *
 * <p>Templates name their parameters in braces: {@code {participant}} puts the parameter's value as
 * it is; {@code {control:PlatformControl}} puts the label of the enum constant the value names (for
 * a control, in the platform family's words). A template naming a parameter that was not given, or
 * a label the catalogue lacks, is a programming error and throws.
 *
 * <p>A few more forms serve sentences whose words depend on the values:
 *
 * <ul>
 *   <li>{@code {count:plural:adult:adults}} puts the first word when the value is {@code 1} and the
 *       second otherwise, so that a template says "1 adult" and "2 adults";
 *   <li>{@code {controls:PlatformControl+}} labels each of the constants the value lists, separated
 *       by commas, and joins the labels as a sentence does ("a, b and c"); {@code {facts:fact;}}
 *       joins them with semicolons, and {@code {schemes:CheckScheme|}} with "or" ("a, b or c"), for
 *       one of several;
 *   <li>a kind in lower case, such as {@code {level:check}}, names phrases of the bundle that owns
 *       the template ({@code check.ENHANCED_BARRED}), for the words a sentence needs around a
 *       constant (its article, its case);
 *   <li>a label or phrase may itself name parameters, filled from the same values.
 * </ul>
 */
public final class Catalogue {

  /** The bundles every language has, in the order their keys are looked up. */
  public static final List<String> BUNDLES = List.of("labels", "findings", "reports", "door");

  /** The language every key must exist in. */
  public static final String ENGLISH = "en";

  private static final Map<String, Catalogue> LOADED = new ConcurrentHashMap<>();

  private final String language;
  private final Map<String, String> words;
  private final @Nullable Catalogue fallback;

  private Catalogue(String language, Map<String, String> words, @Nullable Catalogue fallback) {
    this.language = language;
    this.words = words;
    this.fallback = fallback;
  }

  /** {@return the English catalogue, loaded once} */
  public static Catalogue english() {
    return of(ENGLISH);
  }

  /**
   * The catalogue of one language, falling back to English key by key.
   *
   * @param language a language tag whose files exist, such as {@code en} or {@code cy}
   * @return the catalogue, loaded once
   * @throws IllegalArgumentException if the language has no files
   */
  public static Catalogue of(String language) {
    Objects.requireNonNull(language, "language");
    return LOADED.computeIfAbsent(language, Catalogue::load);
  }

  private static Catalogue load(String language) {
    Map<String, String> words = new LinkedHashMap<>();
    boolean found = false;
    for (String bundle : BUNDLES) {
      String resource = bundle + "_" + language + ".properties";
      try (InputStream in = Catalogue.class.getResourceAsStream(resource)) {
        if (in == null) {
          continue;
        }
        found = true;
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String key : properties.stringPropertyNames()) {
          if (words.putIfAbsent(key, properties.getProperty(key)) != null) {
            throw new IllegalStateException(
                "the key " + key + " is in more than one bundle of language " + language);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    if (!found) {
      throw new IllegalArgumentException("no words for the language " + language);
    }
    Catalogue fallback = language.equals(ENGLISH) ? null : english();
    return new Catalogue(language, Collections.unmodifiableMap(words), fallback);
  }

  /** {@return English with one more key, for tests of the template syntax} */
  static Catalogue withExtra(String key, String words) {
    return new Catalogue("test", Map.of(key, words), english());
  }

  /** {@return this catalogue's language tag} */
  public String language() {
    return language;
  }

  /** {@return the keys this language's own files define} */
  public Set<String> keys() {
    return words.keySet();
  }

  /**
   * The words for a key, from this language or else English.
   *
   * @param key the key
   * @return the words, if any language here has them
   */
  public Optional<String> find(String key) {
    String found = words.get(key);
    if (found == null && fallback != null) {
      return fallback.find(key);
    }
    return Optional.ofNullable(found);
  }

  /**
   * The words for a key that must exist.
   *
   * @param key the key
   * @return the words
   * @throws IllegalStateException if neither this language nor English has the key
   */
  public String text(String key) {
    return find(key)
        .orElseThrow(() -> new IllegalStateException("the catalogue has no words for " + key));
  }

  /** {@return the label of an enum value, such as "Go" for {@code Decision.GO}} */
  public String label(Enum<?> value) {
    return text(key(value));
  }

  /**
   * The label of a platform control, in the platform family's words when the catalogue has them.
   *
   * @param control the control
   * @param family the plan's platform family; empty for neutral words
   * @return the label
   */
  public String control(PlatformControl control, Optional<PlatformFamily> family) {
    if (family.isPresent()) {
      Optional<String> own = find(key(control) + "." + family.get().name());
      if (own.isPresent()) {
        return own.get();
      }
    }
    return label(control);
  }

  /**
   * The short title of a finding code or admission reason, or the code itself for a code the
   * catalogue does not know (an organisation's own rule).
   *
   * @param code the code
   * @return the title
   */
  public String codeTitle(String code) {
    return find("code." + code).orElse(code);
  }

  /**
   * Writes a template with its parameters.
   *
   * @param key the template's key
   * @param parameters the values by name
   * @param family the plan's platform family, for controls; empty for neutral words
   * @return the text
   * @throws IllegalStateException if the template names a parameter not given, a kind the catalogue
   *     does not know, or a value that is not a constant of that kind
   */
  public String render(
      String key, Map<String, String> parameters, Optional<PlatformFamily> family) {
    return fill(key, text(key), parameters, family, 0);
  }

  /** How deep labels may name parameters of their own: deeper is a loop. */
  private static final int MAX_DEPTH = 4;

  private String fill(
      String key,
      String template,
      Map<String, String> parameters,
      Optional<PlatformFamily> family,
      int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException("the template " + key + " names labels in a loop");
    }
    StringBuilder out = new StringBuilder(template.length() + 32);
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      if (open < 0) {
        out.append(template, at, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0) {
        throw new IllegalStateException("the template " + key + " has an unclosed brace");
      }
      out.append(template, at, open);
      String placeholder = template.substring(open + 1, close);
      int colon = placeholder.indexOf(':');
      String name = colon < 0 ? placeholder : placeholder.substring(0, colon);
      String value = parameters.get(name);
      if (value == null) {
        throw new IllegalStateException(
            "the template " + key + " needs the parameter " + name + ", which was not given");
      }
      if (colon < 0) {
        out.append(value);
      } else {
        out.append(placed(key, placeholder.substring(colon + 1), value, parameters, family, depth));
      }
      at = close + 1;
    }
    return out.toString();
  }

  /** The words of a placeholder with a kind: a plural form, a list, a label or a phrase. */
  private String placed(
      String key,
      String kind,
      String value,
      Map<String, String> parameters,
      Optional<PlatformFamily> family,
      int depth) {
    if (kind.startsWith("plural:")) {
      String[] forms = kind.split(":", -1);
      if (forms.length != 3) {
        throw new IllegalStateException(
            "the template " + key + " gives a plural as plural:one:other, not " + kind);
      }
      return value.equals("1") ? forms[1] : forms[2];
    }
    char last = kind.charAt(kind.length() - 1);
    if (last == '+' || last == '|' || last == ';') {
      String each = kind.substring(0, kind.length() - 1);
      String[] values = value.split(",", -1);
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          out.append(
              last == ';' ? "; " : i < values.length - 1 ? ", " : last == '+' ? " and " : " or ");
        }
        out.append(placed(key, each, values[i], parameters, family, depth));
      }
      return out.toString();
    }
    if (kind.equals("date")) {
      return date(key, value);
    }
    String label = labelOf(key, kind, value, family);
    return label.indexOf('{') < 0 ? label : fill(key, label, parameters, family, depth + 1);
  }

  /**
   * An ISO date ({@code 2027-01-01}, as a finding's parameters hold it) in words: "1 January 2027",
   * by the catalogue's {@code date.short} pattern and {@code door.locale}.
   */
  private String date(String key, String value) {
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "the template " + key + " names a date that is not one: " + value, e);
    }
    return DateTimeFormatter.ofPattern(
            text("date.short"), Locale.forLanguageTag(text("door.locale")))
        .format(date);
  }

  private String labelOf(String key, String kind, String value, Optional<PlatformFamily> family) {
    if (kind.equals("PlatformControl")) {
      PlatformControl control;
      try {
        control = PlatformControl.valueOf(value);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "the template " + key + " names a control that is not one: " + value, e);
      }
      return control(control, family);
    }
    return find(kind + "." + value)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the template " + key + " needs a label for " + kind + "." + value));
  }

  /** {@return the key of an enum value's label: {@code Decision.GO}} */
  public static String key(Enum<?> value) {
    return value.getDeclaringClass().getSimpleName() + "." + value.name();
  }

  /** {@return the number of keys, for diagnostics} */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Catalogue[%s, %d keys]", language, words.size());
  }
}
