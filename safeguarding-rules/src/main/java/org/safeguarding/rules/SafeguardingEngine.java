package org.safeguarding.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.ConsentRequirement;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.Supervision;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.rules.internal.admission.Door;
import org.safeguarding.rules.internal.consent.ConsentRequirements;
import org.safeguarding.rules.internal.consent.ConsentRules;
import org.safeguarding.rules.internal.governance.GovernanceRules;
import org.safeguarding.rules.internal.platform.PlatformRules;
import org.safeguarding.rules.internal.records.RecordsRules;
import org.safeguarding.rules.internal.report.DoorReports;
import org.safeguarding.rules.internal.report.Reports;
import org.safeguarding.rules.internal.response.IncidentResponse;
import org.safeguarding.rules.internal.risk.RiskRegister;
import org.safeguarding.rules.internal.risk.RiskRules;
import org.safeguarding.rules.internal.supervision.RequiredAdults;
import org.safeguarding.rules.internal.supervision.SupervisionRules;
import org.safeguarding.rules.internal.vetting.VettingRules;
import org.safeguarding.rules.report.ReportFormat;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * Assesses session plans: is it safe to run, which risks come first, who must consent, how many
 * checked adults must be there, with every answer explained and cited. At a live session it also
 * says who may be let in from the waiting room ({@link #admit}) and what must happen after an
 * incident ({@link #respond}).
 *
 * <p>Build one engine and share it: it is immutable and thread-safe, and {@link #assess} is a pure
 * function of the plan and the rulebook (no clock, no I/O, no logging).
 *
 * <pre>{@code
 * SafeguardingEngine engine = SafeguardingEngine.ukDefault();
 * Assessment assessment = engine.assess(plan);
 * if (assessment.decision() != Decision.GO) { ... assessment.findings() ... }
 * }</pre>
 *
 * <p>A rule that throws never makes the answer quieter: the assessment gets a {@code RULE_FAILED}
 * blocker naming the rule and the type of what it threw (never its message, which may quote the
 * plan), and the decision becomes {@link Decision#DO_NOT_RUN}.
 */
public final class SafeguardingEngine {

  /** Reported when a rule, or the engine's own working, throws. */
  static final RuleDescription RULE_FAILED =
      RuleDescription.of(
          FindingCodes.RULE_FAILED,
          FindingLevel.BLOCKER,
          "A rule failed while assessing the plan, so the plan could not be fully judged; the"
              + " subject names the rule, and the message the type of error it threw.",
          "Do not run the session on this assessment: report the failure to whoever maintains the"
              + " rule, and assess again once it is fixed.",
          Sources.RISK_ASSESSMENT_GUIDE);

  /**
   * Findings in the contract's order: level, then rule, then subject (the whole session first),
   * then message. Written out rather than chained from key extractors because sorting is a large
   * share of a big plan's assessment: findings of one rule share the code's string, so the identity
   * test skips most string comparisons.
   */
  private static final Comparator<Finding> FINDING_ORDER =
      (a, b) -> {
        int order = a.level().compareTo(b.level());
        if (order != 0) {
          return order;
        }
        String ruleA = a.rule();
        String ruleB = b.rule();
        if (ruleA != ruleB) {
          order = ruleA.compareTo(ruleB);
          if (order != 0) {
            return order;
          }
        }
        order = a.subject().orElse("").compareTo(b.subject().orElse(""));
        return order != 0 ? order : a.message().compareTo(b.message());
      };

  /** Built on first use, so that an engine with its own rulebook never loads the default. */
  private static final class UkDefault {
    static final SafeguardingEngine ENGINE = builder().build();
  }

  /**
   * A rule with the name and descriptions it gave when the engine was built, and the values of its
   * settings as read from the rulebook then.
   */
  private static final class BuiltRule {
    final Rule rule;
    final String name;
    final Map<String, RuleDescription> descriptions;
    final Map<Setting<?>, Object> settings;

    BuiltRule(
        Rule rule,
        String name,
        List<RuleDescription> descriptions,
        Map<Setting<?>, Object> settings) {
      this.rule = rule;
      this.name = name;
      Map<String, RuleDescription> byCode = new HashMap<>();
      descriptions.forEach(description -> byCode.put(description.code(), description));
      this.descriptions = Map.copyOf(byCode);
      this.settings = Map.copyOf(settings);
    }
  }

  /** A part of the work that failed: the rule's name and the type of what it threw. */
  private record Failure(String name, String errorType) {}

  private final Rulebook rulebook;
  private final List<BuiltRule> rules;
  private final List<RuleDescription> descriptions;
  private final Map<String, RuleDescription> byCode;

  private SafeguardingEngine(Rulebook rulebook, List<BuiltRule> rules) {
    this.rulebook = rulebook;
    this.rules = List.copyOf(rules);
    List<RuleDescription> all = new ArrayList<>();
    Map<String, RuleDescription> codes = new HashMap<>();
    for (BuiltRule rule : rules) {
      all.addAll(rule.descriptions.values());
      codes.putAll(rule.descriptions);
    }
    all.add(RULE_FAILED);
    codes.put(RULE_FAILED.code(), RULE_FAILED);
    all.sort(Comparator.comparing(RuleDescription::code));
    this.descriptions = List.copyOf(all);
    this.byCode = Map.copyOf(codes);
  }

  /** {@return the engine with the {@code uk-default} rulebook and the built-in rules} */
  public static SafeguardingEngine ukDefault() {
    return UkDefault.ENGINE;
  }

  /** {@return a builder, starting from the {@code uk-default} rulebook and the built-in rules} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the rulebook} */
  public Rulebook rulebook() {
    return rulebook;
  }

  /** {@return every code the engine can report, built-in and added, in order of code} */
  public List<RuleDescription> rules() {
    return descriptions;
  }

  /**
   * Assesses a plan.
   *
   * @param plan the plan; structurally valid, as every built plan is
   * @return the assessment
   */
  public Assessment assess(SessionPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return assess(plan, null);
  }

  /** Assesses a plan, with its facts when the caller has worked them out already. */
  private Assessment assess(SessionPlan plan, @Nullable SessionFacts given) {
    LocalDate asOf = asOf(plan);
    Assessment.Builder assessment =
        Assessment.builder().planId(plan.id()).rulebook(rulebook.id()).asOf(asOf);
    List<Failure> failed = new ArrayList<>(1);
    @Nullable SessionFacts facts =
        given != null
            ? given
            : attempt("engine", failed, () -> new SessionFacts(plan, rulebook, asOf));
    if (facts == null) {
      return finish(assessment, new ArrayList<>(), List.of(), null, List.of(), failed, byCode);
    }
    SessionFacts known = facts;
    List<ConsentRequirement> consents =
        attempt("consent", failed, () -> ConsentRequirements.of(known, rulebook));
    Integer requiredAdults =
        attempt("supervision", failed, () -> RequiredAdults.of(known, rulebook));
    List<AssessedRisk> risks = attempt("risk", failed, () -> RiskRegister.of(known, rulebook));
    Evaluation evaluation =
        new Evaluation(
            known,
            rulebook,
            consents == null ? List.of() : consents,
            requiredAdults == null ? null : Supervision.of(requiredAdults, known.countedAdults()),
            risks == null ? List.of() : risks);
    for (BuiltRule built : rules) {
      if (hasFailed(failed, built.name)) {
        continue; // what it works from could not be worked out; RULE_FAILED already says so
      }
      evaluation.running(built.descriptions, built.settings);
      try {
        built.rule.evaluate(evaluation);
        evaluation.finishRule();
      } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
        // Deliberately broad: whatever a rule throws, the answer must become more protective.
        // Only the error's type is kept: its message may quote the plan's free text.
        evaluation.running(Map.of(), Map.of());
        failed.add(new Failure(built.name, e.getClass().getName()));
      }
    }
    return finish(
        assessment,
        evaluation.findings(),
        evaluation.consents(),
        evaluation.supervision().orElse(null),
        evaluation.risks(),
        failed,
        byCode);
  }

  /**
   * Decides whether a person waiting to join a live session may be let in now: {@code ADMIT},
   * {@code WAIT} or {@code REFUSE}, with every reason that applies, the most serious first. Staff
   * and participants both go through it; someone not on the plan is refused, and so is anyone the
   * room lists as removed.
   *
   * <p>The door obeys the assessment of the same plan: while it holds a blocker about the session,
   * its risks, its staff or its policies, every participant waits; a blocker about one participant
   * holds that participant. A vulnerable participant waits until the rulebook's number of counted
   * adults (2 by default; for a one-to-one, the mentor, and a colleague too when no responsible
   * adult is at the participant's home) is in the room, and nobody is let in while that would break
   * the ratio for the adults present. Only staff who count as adults and hold the check their role
   * needs count as adults present.
   *
   * @param plan the session's plan
   * @param room who is in the room now and who has been removed, by id
   * @param person the id of the person at the door
   * @return the admission
   * @throws InvalidPlanException if the room names anyone not on the plan (with the path of each),
   *     or {@code person} is not a valid id
   */
  public Admission admit(SessionPlan plan, RoomState room, String person) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(room, "room");
    Objects.requireNonNull(person, "person");
    SessionFacts facts = new SessionFacts(plan, rulebook, asOf(plan));
    return Door.admit(facts, rulebook, room, person, assess(plan, facts), byCode::get);
  }

  /**
   * Works out what must happen after an incident: each action with its owner (a staff id, the
   * safeguarding lead's role when the plan names nobody to own it, or the handler's id when the
   * plan's staff does not hold it) and the instant it is due, the most urgent first. Deadlines are
   * the rulebook's. Every incident gets a response: an id in it that is not on the plan is kept,
   * judged the protective way, and named in the response's notes.
   *
   * @param plan the plan of the session the incident happened in
   * @param incident the incident
   * @return the response plan
   */
  public ResponsePlan respond(SessionPlan plan, Incident incident) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(incident, "incident");
    return IncidentResponse.respond(plan, rulebook, incident);
  }

  /**
   * Assesses a plan and writes the assessment for people to read.
   *
   * @param plan the plan
   * @param format the report's form
   * @return the report: for {@link ReportFormat#JSON}, exactly what {@code
   *     SafeguardingJson.ASSESSMENT.write} writes
   */
  public String report(SessionPlan plan, ReportFormat format) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(format, "format");
    return Reports.render(format, plan, assess(plan), rulebook, null);
  }

  /**
   * Writes an assessment this engine made of a plan for people to read, without the line saying
   * when the report was made: as {@link #report(SessionPlan, Assessment, ReportFormat, Instant)}
   * otherwise.
   *
   * @param plan the plan the assessment is of
   * @param assessment this engine's assessment of the plan
   * @param format the report's form
   * @return the report: for {@link ReportFormat#JSON}, exactly what {@code
   *     SafeguardingJson.ASSESSMENT.write} writes
   * @throws IllegalArgumentException if the assessment is not this engine's assessment of the plan
   */
  public String report(SessionPlan plan, Assessment assessment, ReportFormat format) {
    return write(plan, assessment, format, null);
  }

  /**
   * Writes an assessment this engine made of a plan for people to read: the session first (the
   * service, when in the rulebook's time zone, the platform and how it is used, who is coming, the
   * staff and who counts as a checked adult), then the decision's checklist of what to do, the
   * findings citing their sources by number, the risk register in full, the consents, the
   * supervision, the sources by title, and a footer with when the report was made, the rulebook,
   * "Guidance, not legal advice" and a line to sign. The plan's free text appears in the report,
   * escaped for the format; the engine's answers themselves hold none.
   *
   * <p>The report is drawn with this engine's rulebook (its risk bands colour the HTML heat map),
   * so the assessment must be this engine's answer for this plan: one made with another rulebook,
   * or of another plan or another version of it, is refused rather than reported with the wrong
   * bands or beside the wrong plan. The library reads no clock: the caller says when the report is
   * made.
   *
   * @param plan the plan the assessment is of
   * @param assessment this engine's assessment of the plan
   * @param format the report's form
   * @param madeAt when the report is made, shown in the footer in the rulebook's time zone (not in
   *     JSON, which is exactly the assessment)
   * @return the report: for {@link ReportFormat#JSON}, exactly what {@code
   *     SafeguardingJson.ASSESSMENT.write} writes
   * @throws IllegalArgumentException if the assessment is not this engine's assessment of the plan
   */
  public String report(
      SessionPlan plan, Assessment assessment, ReportFormat format, Instant madeAt) {
    return write(plan, assessment, format, Objects.requireNonNull(madeAt, "madeAt"));
  }

  private String write(
      SessionPlan plan, Assessment assessment, ReportFormat format, @Nullable Instant madeAt) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(format, "format");
    if (!assessment.rulebook().equals(rulebook.id())) {
      throw new IllegalArgumentException(
          "the assessment was made with rulebook "
              + assessment.rulebook()
              + ", not this engine's "
              + rulebook.id());
    }
    // Assessing is pure and cheap next to writing a report, and only an equal answer proves the
    // assessment belongs to this plan as it is now.
    if (!assessment.equals(assess(plan))) {
      throw new IllegalArgumentException(
          "the assessment is not this engine's assessment of the plan as it is now: assess the"
              + " plan again");
    }
    return Reports.render(format, plan, assessment, rulebook, madeAt);
  }

  /**
   * Writes a short plain-text summary of a plan's structure for a terminal, in plain words: its id,
   * the service, the platform, the session's time (in the rulebook's time zone) and shape, the
   * staff and their roles, the participants' ages and the number of declared risks. It judges
   * nothing; {@link #assess} does. Every value the plan supplies is escaped as in the text report,
   * so that a line break or a bidirectional override in a name cannot forge a line on the terminal.
   *
   * @param plan the plan
   * @return the summary, with {@code \n} line ends and a final line break
   */
  public String summary(SessionPlan plan) {
    return Reports.summary(Objects.requireNonNull(plan, "plan"), rulebook.timeZone());
  }

  /** {@return every reason code the door can give, refusals first} */
  public List<AdmissionRule> admissionRules() {
    return Door.rules();
  }

  /** {@return every action an incident response can call for, in the order of their urgency} */
  public List<ActionRule> responseActions() {
    return IncidentResponse.rules();
  }

  /** The date everything is judged at: the session's start date in the rulebook's time zone. */
  private LocalDate asOf(SessionPlan plan) {
    return SessionFacts.judgedAt(plan, rulebook);
  }

  private static Assessment finish(
      Assessment.Builder assessment,
      List<Finding> findings,
      List<ConsentRequirement> consents,
      @Nullable Supervision supervision,
      List<AssessedRisk> risks,
      List<Failure> failed,
      Map<String, RuleDescription> byCode) {
    for (Failure failure : failed) {
      findings.add(
          Finding.builder()
              .rule(RULE_FAILED.code())
              .level(FindingLevel.BLOCKER)
              .subject(failure.name())
              .message(
                  "the "
                      + failure.name()
                      + " rule failed with "
                      + failure.errorType()
                      + " while assessing this plan, so the plan could not be fully judged")
              .action(
                  "Do not run the session on this assessment: report the failure of the "
                      + failure.name()
                      + " rule and assess again once it is fixed")
              .sources(RULE_FAILED.sources())
              .build());
    }
    findings.sort(FINDING_ORDER);
    return assessment
        .findings(findings)
        .risks(risks)
        .consents(consents)
        .supervision(Optional.ofNullable(supervision))
        .decision(decide(findings, byCode))
        .build();
  }

  /**
   * DO_NOT_RUN on any blocker but one whose description postpones (the lead's absence); else
   * POSTPONE on such a blocker; else GO_WITH_CONDITIONS on any warning; else GO.
   */
  private static Decision decide(List<Finding> findings, Map<String, RuleDescription> byCode) {
    Decision decision = Decision.GO;
    for (Finding finding : findings) {
      Decision implied;
      if (finding.level() == FindingLevel.BLOCKER) {
        @Nullable RuleDescription description = byCode.get(finding.rule());
        implied =
            description != null && description.postpones()
                ? Decision.POSTPONE
                : Decision.DO_NOT_RUN;
      } else if (finding.level() == FindingLevel.WARNING) {
        implied = Decision.GO_WITH_CONDITIONS;
      } else {
        implied = Decision.GO;
      }
      if (implied.compareTo(decision) > 0) {
        decision = implied;
      }
    }
    return decision;
  }

  /** Runs a piece of the engine's working; on failure records it and returns null. */
  private static <T> @Nullable T attempt(String name, List<Failure> failed, Supplier<T> work) {
    try {
      return work.get();
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      failed.add(new Failure(name, e.getClass().getName()));
      return null;
    }
  }

  private static boolean hasFailed(List<Failure> failed, String name) {
    for (Failure failure : failed) {
      if (failure.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Builds a {@link SafeguardingEngine}. */
  public static final class Builder {

    private @Nullable Rulebook rulebook;
    private final List<Rule> extraRules = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the rulebook (by default {@code uk-default}).
     *
     * @param rulebook the rulebook
     * @return this builder
     */
    public Builder rulebook(Rulebook rulebook) {
      this.rulebook = Objects.requireNonNull(rulebook, "rulebook");
      return this;
    }

    /**
     * Adds a rule to run after the built-in ones.
     *
     * @param rule the rule: stateless and thread-safe, with codes of its own
     * @return this builder
     */
    public Builder addRule(Rule rule) {
      extraRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Builds the engine.
     *
     * @return the engine
     * @throws IllegalArgumentException if two rules share a name or a code, or a rule has no
     *     description
     * @throws org.safeguarding.rules.rulebook.InvalidRulebookException if a rule's setting is
     *     missing from the rulebook's {@code extensions} or not a value it allows, if a rule's
     *     section there holds a setting the rule does not declare, or if a section names no rule of
     *     this engine; every problem is listed with its path
     */
    public SafeguardingEngine build() {
      List<Rule> rules = new ArrayList<>(builtInRules());
      rules.addAll(extraRules);
      Rulebook chosen = rulebook != null ? rulebook : Rulebook.ukDefault();
      List<BuiltRule> built = new ArrayList<>(rules.size());
      // Each rule's name and descriptions are asked for once, so that what is checked here is
      // what the engine keeps.
      List<String> ruleNames = new ArrayList<>(rules.size());
      List<List<RuleDescription>> ruleDescriptions = new ArrayList<>(rules.size());
      Map<String, String> ruleByCode = new HashMap<>();
      ruleByCode.put(RULE_FAILED.code(), "engine");
      Set<String> names = new HashSet<>();
      names.add("engine");
      for (Rule rule : rules) {
        String name = Objects.requireNonNull(rule.name(), "rule name");
        if (name.isBlank() || !names.add(name)) {
          throw new IllegalArgumentException(
              "rule name \"" + name + "\" is blank or already taken by another rule");
        }
        List<RuleDescription> described = List.copyOf(rule.descriptions());
        if (described.isEmpty()) {
          throw new IllegalArgumentException("rule " + name + " must describe at least one code");
        }
        for (RuleDescription description : described) {
          requireDoorCode(name, description);
          String other = ruleByCode.putIfAbsent(description.code(), name);
          if (other != null) {
            throw new IllegalArgumentException(
                "rule code "
                    + description.code()
                    + " of rule "
                    + name
                    + " is already defined by rule "
                    + other);
          }
        }
        ruleNames.add(name);
        ruleDescriptions.add(described);
      }
      Map<String, Map<Setting<?>, Object>> settings = RuleSettingsReader.read(chosen, rules);
      for (int i = 0; i < rules.size(); i++) {
        String name = ruleNames.get(i);
        built.add(
            new BuiltRule(
                rules.get(i),
                name,
                ruleDescriptions.get(i),
                settings.getOrDefault(name, Map.of())));
      }
      return new SafeguardingEngine(chosen, built);
    }
  }

  /** A description's own reason at the door must be one the door gives. */
  private static void requireDoorCode(String rule, RuleDescription description) {
    if (description.doorReason().isEmpty()) {
      return;
    }
    String code = description.doorReason().get();
    for (AdmissionRule door : Door.rules()) {
      if (door.code().equals(code)) {
        return;
      }
    }
    throw new IllegalArgumentException(
        "rule code "
            + description.code()
            + " of rule "
            + rule
            + " is given at the door as "
            + code
            + ", which is not one of the door's codes");
  }

  /** The built-in rules, in the order they run and are documented. */
  static List<Rule> builtInRules() {
    return List.of(
        new GovernanceRules(),
        new ConsentRules(),
        new SupervisionRules(),
        new VettingRules(),
        new PlatformRules(),
        new RecordsRules(),
        new RiskRules());
  }

  /**
   * Writes this engine's admission of a person at the waiting room for people to read: the verdict
   * in plain words first ("Let in", "Keep waiting", "Do not let in") with what the host should do,
   * who is at the door (their id as given) and the session (the service's name and its start in the
   * rulebook's time zone), then each reason in plain words with the engine's sentence, its sources,
   * and its code in small print only. Every piece of text is escaped for the format.
   *
   * <p>The admission must be this engine's answer for this plan, room and person: one made with
   * another rulebook, for another plan or room, or changed since, is refused rather than reported
   * beside the wrong session.
   *
   * @param plan the plan the admission was judged against
   * @param room the room it was judged in
   * @param admission this engine's admission of {@code admission.person()} at that room
   * @param format the report's form
   * @return the report, with {@code \n} line ends and a final line break: plain text of at most 100
   *     columns, GitHub-flavoured Markdown, or a self-contained HTML page ready to print on A4; for
   *     {@link ReportFormat#JSON}, exactly what {@code SafeguardingJson.ADMISSION.write} writes
   * @throws IllegalArgumentException if the admission is not this engine's admission of its person
   *     for this plan and room
   * @throws InvalidPlanException if the room names anyone not on the plan, as {@link #admit} does
   */
  public String report(SessionPlan plan, RoomState room, Admission admission, ReportFormat format) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(room, "room");
    Objects.requireNonNull(admission, "admission");
    Objects.requireNonNull(format, "format");
    // Judging is pure, and only an equal answer proves the admission belongs to these inputs.
    if (!admission.equals(admit(plan, room, admission.person()))) {
      throw new IllegalArgumentException(
          "the admission is not this engine's admission of its person for this plan and room as"
              + " they are now: admit the person again");
    }
    return DoorReports.admission(format, plan, rulebook, admission, assess(plan));
  }

  /**
   * Writes this engine's response to an incident for people to read: the incident (what happened in
   * plain words, when, who it is about and who handled it), then each action in order with its
   * owner named (a member of staff by id with their roles in words, a role held by nobody on the
   * plan, or someone not on the plan, said to be so), and its due time in the rulebook's time zone:
   * "by 18:35 today" when due on the incident's local day, "by 09:00 tomorrow, Saturday 5 December"
   * on the next, else "by 23:59 on Saturday 5 December", with the year when it is not the
   * incident's. Then the response's notes. Codes appear in small print only, and every piece of
   * text is escaped for the format.
   *
   * <p>The response must be this engine's answer for this plan and incident: one worked out with
   * another rulebook, for another plan or incident, or changed since, is refused rather than
   * reported with the wrong owners or times.
   *
   * @param plan the plan of the session the incident happened in
   * @param incident the incident
   * @param response this engine's response plan for the incident
   * @param format the report's form
   * @return the report, with {@code \n} line ends and a final line break: plain text of at most 100
   *     columns, GitHub-flavoured Markdown, or a self-contained HTML page ready to print on A4; for
   *     {@link ReportFormat#JSON}, exactly what {@code SafeguardingJson.RESPONSE_PLAN.write} writes
   * @throws IllegalArgumentException if the response is not this engine's response to the incident
   *     under this plan
   */
  public String report(
      SessionPlan plan, Incident incident, ResponsePlan response, ReportFormat format) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(format, "format");
    if (!response.equals(respond(plan, incident))) {
      throw new IllegalArgumentException(
          "the response plan is not this engine's response to the incident under this plan as"
              + " they are now: respond to the incident again");
    }
    return DoorReports.response(format, plan, rulebook, incident, response);
  }
}
