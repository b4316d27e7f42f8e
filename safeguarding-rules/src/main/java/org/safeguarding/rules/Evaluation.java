package org.safeguarding.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.ConsentRequirement;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.Supervision;
import org.safeguarding.core.plan.PlatformFamily;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.rules.internal.words.Catalogue;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * One assessment in progress, as a rule sees it: the plan, the rulebook, what the engine has worked
 * out (the facts about people, the consents, the supervision figures, the rated risks), and {@link
 * #report(String)} for findings. Used by one thread for one assessment.
 */
public final class Evaluation {

  private final SessionFacts facts;
  private final Rulebook rulebook;
  private final List<ConsentRequirement> consents;
  private final @Nullable Supervision supervision;
  private final List<AssessedRisk> risks;
  private final List<Finding> findings = new ArrayList<>();
  private Map<String, RuleDescription> running = Map.of();
  private Map<Setting<?>, Object> settings = Map.of();
  private @Nullable Report open;

  Evaluation(
      SessionFacts facts,
      Rulebook rulebook,
      List<ConsentRequirement> consents,
      @Nullable Supervision supervision,
      List<AssessedRisk> risks) {
    this.facts = facts;
    this.rulebook = rulebook;
    // Read-only, so that no rule can change what the engine reports or other rules read.
    this.consents = Collections.unmodifiableList(consents);
    this.supervision = supervision;
    this.risks = Collections.unmodifiableList(risks);
  }

  /** {@return the plan being assessed} */
  public SessionPlan plan() {
    return facts.plan();
  }

  /** {@return the rulebook} */
  public Rulebook rulebook() {
    return rulebook;
  }

  /** {@return the date everything is judged at} */
  public LocalDate asOf() {
    return facts.asOf();
  }

  /** {@return who counts as a child, as vulnerable, as a checked adult} */
  public SessionFacts facts() {
    return facts;
  }

  /**
   * {@return whose consent each participant needs, in the plan's order of participants (one entry
   * each), or empty if working it out failed}
   */
  public List<ConsentRequirement> consents() {
    return consents;
  }

  /** {@return the supervision figures, unless working them out failed} */
  public Optional<Supervision> supervision() {
    return Optional.ofNullable(supervision);
  }

  /** {@return the declared and inferred risks, rated, in priority order} */
  public List<AssessedRisk> risks() {
    return risks;
  }

  /**
   * Starts reporting a finding of one of the running rule's codes; finish it with {@link
   * Report#action} or {@link Report#worded()}:
   *
   * <pre>{@code
   * evaluation.report("LATE_SESSION").about("p1").message("p1 is 12").action("Finish by 21:00");
   * }</pre>
   *
   * @param code the code found; one of the running rule's
   * @return the report, to be given its subject, level, message and action
   * @throws IllegalArgumentException if the code is not one of the running rule's
   * @throws IllegalStateException if the previous report was not finished
   */
  public Report report(String code) {
    Objects.requireNonNull(code, "code");
    if (open != null) {
      throw new IllegalStateException(
          "the report of " + open.rule.code() + " was not finished with action(...) or worded()");
    }
    // Judged by what the rule described when the engine was built, so that a rule cannot later
    // claim another rule's code (or its levels, or its sources).
    @Nullable RuleDescription described = running.get(code);
    if (described == null) {
      throw new IllegalArgumentException(
          "rule code " + code + " is not one of the running rule's descriptions");
    }
    Report report = new Report(described);
    open = report;
    return report;
  }

  /**
   * Starts reporting a finding of one of the running rule's codes, given by its description; finish
   * it with {@link Report#action} or {@link Report#worded()}.
   *
   * @param rule the description of the code found; one of the running rule's
   * @return the report, to be given its subject, level, message and action
   * @throws IllegalArgumentException if the code is not one of the running rule's
   * @throws IllegalStateException if the previous report was not finished
   */
  public Report report(RuleDescription rule) {
    return report(Objects.requireNonNull(rule, "rule").code());
  }

  /**
   * {@return the value of one of the running rule's settings, as the engine read it from the
   * rulebook's {@code extensions} section when it was built (or the setting's default)}
   *
   * @param setting one of the settings the running rule declared
   * @param <T> the setting's type
   * @throws IllegalArgumentException if the setting is not one the running rule declared
   */
  public <T> T setting(Setting<T> setting) {
    Objects.requireNonNull(setting, "setting");
    @Nullable Object value = settings.get(setting);
    if (value == null) {
      throw new IllegalArgumentException(
          "setting " + setting.name() + " is not one of the running rule's settings");
    }
    return setting.type().cast(value);
  }

  /**
   * A finding being reported: the code is given; a subject, a level (required when the code has
   * several), parameters, a message and an action follow. {@link #action} or {@link #worded()}
   * finishes it, and only then does the finding count. A report left unfinished when the rule
   * returns fails the rule.
   *
   * <p>A rule writes its words itself with {@link #message} and {@link #action}, or has the
   * library's catalogue write them from the values given with {@link #with}: the built-in rules do
   * the latter, so that their findings carry what they say as data ({@link Finding#template()} and
   * {@link Finding#parameters()}) as well as in English.
   */
  public final class Report {

    private final RuleDescription rule;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private @Nullable String subject;
    private @Nullable FindingLevel level;
    private @Nullable String message;

    private Report(RuleDescription rule) {
      this.rule = rule;
    }

    /**
     * Names whom or what the finding is about; without it, it is about the whole session.
     *
     * @param subject an id from the plan (a participant's, a member of staff's, a risk's), or a
     *     name such as a policy's; never free text
     * @return this report
     */
    public Report about(String subject) {
      this.subject = Objects.requireNonNull(subject, "subject");
      return this;
    }

    /**
     * Sets the finding's level; needed only when the code can be reported at several.
     *
     * @param level one of the code's levels
     * @return this report
     * @throws IllegalArgumentException if the level is not one of the code's
     */
    public Report at(FindingLevel level) {
      Objects.requireNonNull(level, "level");
      if (!rule.levels().contains(level)) {
        throw new IllegalArgumentException(
            "rule " + rule.code() + " is reported at " + rule.levels() + ", not " + level);
      }
      this.level = level;
      return this;
    }

    /**
     * Records a value the finding's words are written with, after those already recorded; the
     * finding carries it in {@link Finding#parameters()}, whether the words come from the catalogue
     * ({@link #worded()}) or from the rule ({@link #message}). Giving a name again replaces its
     * value in its place.
     *
     * <pre>{@code
     * evaluation.report("LATE_SESSION").about("p1").with("participant", "p1").with("age", 12)
     * }</pre>
     *
     * @param name the parameter's name: letters and digits, starting with a lower-case letter
     * @param value an id from the plan, an enum constant (recorded by its name), a number or a date
     *     (recorded as {@link String#valueOf}); never free text
     * @return this report
     * @throws IllegalArgumentException if the name is not of that form, or the value is blank
     */
    public Report with(String name, Object value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (!Finding.PARAMETER_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "a parameter's name is letters and digits, starting with a lower-case letter: " + name);
      }
      String text = value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
      if (text.isBlank()) {
        throw new IllegalArgumentException("the parameter " + name + " must not be blank");
      }
      if (!parameters.containsKey(name) && parameters.size() == Finding.MAX_PARAMETERS) {
        throw new IllegalArgumentException(
            "a finding carries at most " + Finding.MAX_PARAMETERS + " parameters");
      }
      parameters.put(name, text);
      return this;
    }

    /**
     * Says what was found, in one sentence starting lower-case.
     *
     * @param message what was found, naming people by id only
     * @return this report
     */
    public Report message(String message) {
      this.message = Objects.requireNonNull(message, "message");
      return this;
    }

    /**
     * Says what to do about it, and finishes the report: the finding is added, with the parameters
     * recorded by {@link #with} and no template.
     *
     * @param action what to do about it, for this finding's subject
     * @throws IllegalStateException if no message was given, or no level for a code that has
     *     several
     */
    public void action(String action) {
      Objects.requireNonNull(action, "action");
      finish();
      if (message == null) {
        throw new IllegalStateException(
            "the report of "
                + rule.code()
                + " has no message: call message(...) before action(...)");
      }
      add(message, action, null);
    }

    /**
     * Finishes the report with the words of the library's catalogue for the code: the message and
     * action templates {@code finding.<CODE>.message} and {@code finding.<CODE>.action}, written
     * with the parameters recorded by {@link #with} and the plan's platform family (for controls,
     * in the platform's own words). The finding is added, carrying the template {@code <CODE>} and
     * the parameters. For a custom rule's code the catalogue has no words: use {@link #message} and
     * {@link #action}.
     *
     * @throws IllegalStateException if the catalogue has no such templates, a template needs a
     *     parameter that was not recorded or a label the catalogue lacks, or no level was given for
     *     a code that has several; the rule then fails, as it does for an unfinished report
     */
    public void worded() {
      worded(null);
    }

    /**
     * Finishes the report, as {@link #worded()} does, with the words of one variant of the code's
     * templates: {@code finding.<CODE>.<variant>.message} and {@code
     * finding.<CODE>.<variant>.action}, such as the variant {@code advised} of {@code
     * PLATFORM_CONTROL_MISSING}. The finding carries the template {@code <CODE>.<variant>}.
     *
     * @param variant the variant: letters and digits, starting with a lower-case letter
     * @throws IllegalArgumentException if the variant is not of that form
     * @throws IllegalStateException as for {@link #worded()}
     */
    public void worded(@Nullable String variant) {
      String template = variant == null ? rule.code() : rule.code() + "." + variant;
      finish();
      if (!Finding.TEMPLATE.matcher(template).matches()) {
        throw new IllegalArgumentException(
            "a variant is letters and digits, starting with a lower-case letter: " + variant);
      }
      if (message != null) {
        throw new IllegalStateException(
            "the report of " + rule.code() + " has a message of its own: finish it with action");
      }
      Catalogue words = Catalogue.english();
      Optional<PlatformFamily> family = plan().platform().family();
      add(
          words.render("finding." + template + ".message", parameters, family),
          words.render("finding." + template + ".action", parameters, family),
          template);
    }

    /** Closes the report: whatever follows, it is no longer open. */
    private void finish() {
      if (open != this) {
        throw new IllegalStateException("the report of " + rule.code() + " is already finished");
      }
      open = null;
    }

    private void add(String message, String action, @Nullable String template) {
      @Nullable FindingLevel at = level;
      if (at == null) {
        if (rule.levels().size() != 1) {
          throw new IllegalStateException(
              "rule "
                  + rule.code()
                  + " has several levels, so its report must name one with at(...)");
        }
        at = rule.levels().iterator().next();
      }
      findings.add(
          Finding.builder()
              .rule(rule.code())
              .level(at)
              .subject(Optional.ofNullable(subject))
              .message(message)
              .action(action)
              .template(Optional.ofNullable(template))
              .parameters(parameters)
              .sources(rule.sources())
              .build());
    }
  }

  /**
   * Sets the codes the running rule described and the settings the engine read for it when it was
   * built; none between rules.
   */
  void running(Map<String, RuleDescription> descriptions, Map<Setting<?>, Object> settings) {
    this.running = descriptions;
    this.settings = settings;
    this.open = null;
  }

  /**
   * Ends the running rule's turn.
   *
   * @throws IllegalStateException if the rule left a report unfinished
   */
  void finishRule() {
    @Nullable Report left = open;
    running(Map.of(), Map.of());
    if (left != null) {
      throw new IllegalStateException(
          "the report of " + left.rule.code() + " was not finished with action(...) or worded()");
    }
  }

  List<Finding> findings() {
    return findings;
  }
}
