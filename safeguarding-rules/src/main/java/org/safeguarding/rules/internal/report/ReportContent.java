package org.safeguarding.rules.internal.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.ConsentRequirement;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.RulebookId;
import org.safeguarding.core.assessment.Supervision;
import org.safeguarding.core.plan.Check;
import org.safeguarding.core.plan.Consent;
import org.safeguarding.core.plan.Need;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.PlatformFamily;
import org.safeguarding.core.plan.Policy;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.risk.RiskRating;
import org.safeguarding.rules.SessionFacts;
import org.safeguarding.rules.internal.supervision.RequiredAdults;
import org.safeguarding.rules.internal.words.Catalogue;
import org.safeguarding.rules.rulebook.RatioBand;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * What every assessment report says, worked out once from the plan, the assessment and the
 * rulebook, with every piece of plan text already passed through one format's escaper. The formats
 * differ only in how they lay it out. Words come from the {@link Catalogue}; codes are kept apart
 * as small print ({@link Card#code}, {@link #planId}), which each format marks as such.
 *
 * <p>Who counts as a checked adult is asked of {@link SessionFacts#isCountedAdult}, the same test
 * the supervision rule counts with, so the report names exactly the adults the figures count.
 */
final class ReportContent {

  /** A labelled line: the label is words, the value words and escaped data. */
  record Item(String label, String value) {}

  /** A member of staff: who, their roles and check, and whether (and why not) they count. */
  record StaffLine(String id, String roles, String details, boolean counted, String counting) {}

  /** One action of the checklist, once, with whom it concerns. */
  record Action(FindingLevel level, String levelLabel, String text, String concerns) {}

  /** One finding, in words, with the numbers of its sources and its code as small print. */
  record Card(
      FindingLevel level,
      String levelLabel,
      String title,
      String code,
      Optional<String> about,
      String message,
      String action,
      List<Integer> sources) {}

  /** One rating of a risk, with its band (a constant, for colour) and a note. */
  record Rating(String label, String text, String band, Optional<String> note) {}

  /** One risk of the register. */
  record Risk(
      int priority,
      String id,
      String hazard,
      String origin,
      List<Rating> ratings,
      List<Item> details,
      List<String> mitigations,
      boolean inferred) {}

  /** Whose consent a participant needs, and what the plan records. */
  record ConsentLine(
      String participant,
      String neededFrom,
      String status,
      String statusCode,
      List<String> recorded) {}

  /** A source, numbered in order of first use. */
  record Source(
      int number,
      String title,
      Optional<String> publisher,
      Optional<String> year,
      Optional<String> link) {}

  final Catalogue words;
  final Decision decision;
  final String title;
  final String serviceName;
  final String planId;
  final String decisionLabel;
  final String meaning;
  final List<Item> session = new ArrayList<>();
  final List<Item> people = new ArrayList<>();
  final List<StaffLine> staff = new ArrayList<>();
  final List<Action> actions = new ArrayList<>();
  final List<Card> cards = new ArrayList<>();
  final List<Risk> risks = new ArrayList<>();
  final List<ConsentLine> consents = new ArrayList<>();
  final List<Item> supervision = new ArrayList<>();
  final List<Source> sources = new ArrayList<>();
  final List<String> footer = new ArrayList<>();

  /** A line for the foot of every printed page, in plain text (not escaped). */
  String pageFooter = "";

  private final UnaryOperator<String> escape;
  private final Optional<PlatformFamily> family;
  private final ZoneId zone;

  private ReportContent(
      SessionPlan plan,
      Assessment assessment,
      Rulebook rulebook,
      @Nullable Instant madeAt,
      UnaryOperator<String> escape) {
    this.words = Catalogue.english();
    this.escape = escape;
    this.family = plan.platform().family();
    this.zone = rulebook.timeZone();
    this.decision = assessment.decision();
    this.title = words.text("report.title");
    this.serviceName = escape.apply(plan.service().name());
    this.planId = render("report.smallPrint.plan", Map.of("id", escape.apply(plan.id())));
    this.decisionLabel = words.label(decision);
    this.meaning = words.text("meaning." + decision.name());
    SessionFacts facts = SessionFacts.of(plan, rulebook);
    session(plan);
    people(plan, facts, rulebook);
    Set<String> held = heldBack(plan, assessment, facts);
    staff(plan, facts, rulebook, held);
    findings(assessment);
    risks(plan, assessment);
    consents(plan, assessment, facts.asOf());
    supervision(plan, assessment, facts, held);
    footer(assessment.rulebook(), madeAt);
  }

  /**
   * Works out a report's content.
   *
   * @param escape the format's escaper, applied to every piece of plan or rule text
   */
  static ReportContent of(
      SessionPlan plan,
      Assessment assessment,
      Rulebook rulebook,
      @Nullable Instant madeAt,
      UnaryOperator<String> escape) {
    return new ReportContent(plan, assessment, rulebook, madeAt, escape);
  }

  String text(String key) {
    return words.text(key);
  }

  private String render(String key, Map<String, String> parameters) {
    return words.render(key, parameters, family);
  }

  private String date(LocalDate date) {
    return DateTimeFormatter.ofPattern(words.text("date.short"), Locale.UK).format(date);
  }

  private void session(SessionPlan plan) {
    session.add(
        new Item(
            text("session.service"),
            render(
                "session.service.value",
                Map.of(
                    "name", serviceName,
                    "jurisdiction", plan.service().jurisdiction().name(),
                    "frequency", plan.service().frequency().name()))));
    ZonedDateTime start = plan.start().atZone(zone);
    // Minutes are added on the time-line, so across a clock change the end has another offset:
    // each end then carries its own zone name, and an end on the next day its own date.
    ZonedDateTime end = start.plusMinutes(plan.durationMinutes());
    DateTimeFormatter time = DateTimeFormatter.ofPattern(text("time.pattern"), Locale.UK);
    DateTimeFormatter date = DateTimeFormatter.ofPattern(text("date.pattern"), Locale.UK);
    DateTimeFormatter zoneName = DateTimeFormatter.ofPattern(text("zone.pattern"), Locale.UK);
    boolean nextDay = !end.toLocalDate().equals(start.toLocalDate());
    boolean clocksChange = !end.getOffset().equals(start.getOffset());
    String when =
        nextDay && clocksChange
            ? "session.when.nextDayClocksChange"
            : nextDay
                ? "session.when.nextDay"
                : clocksChange ? "session.when.clocksChange" : "session.when.value";
    session.add(
        new Item(
            text("session.when"),
            render(
                when,
                Map.of(
                    "date", date.format(start),
                    "start", time.format(start),
                    "startZone", zoneName.format(start),
                    "end", time.format(end),
                    "endZone", zoneName.format(end),
                    "endDate", date.format(end),
                    "zoneId", zone.getId()))));
    session.add(
        new Item(
            text("session.duration"),
            render(
                "session.duration.value",
                Map.of("minutes", Integer.toString(plan.durationMinutes())))));
    String platform = escape.apply(plan.platform().name());
    session.add(
        new Item(
            text("session.platform"),
            family
                .filter(
                    f ->
                        !plan.platform()
                            .name()
                            .toLowerCase(Locale.ROOT)
                            .contains(words.label(f).toLowerCase(Locale.ROOT)))
                .map(
                    f ->
                        render(
                            "session.platform.value", Map.of("name", platform, "family", f.name())))
                .orElseGet(
                    () ->
                        family.isPresent()
                            ? platform
                            : render("session.platform.noFamily", Map.of("name", platform)))));
    session.add(new Item(text("session.accounts"), words.label(plan.platform().accounts())));
    session.add(new Item(text("session.format"), words.label(plan.format())));
    session.add(new Item(text("session.interaction"), words.label(plan.interaction())));
    session.add(new Item(text("session.recording"), words.label(plan.recording())));
    session.add(new Item(text("session.chat"), words.label(plan.chat())));
    Set<PlatformControl> controls = plan.platform().controls();
    session.add(
        new Item(
            text("session.settings"),
            controls.isEmpty()
                ? text("session.settings.none")
                : controls.stream()
                    .sorted()
                    .map(control -> words.control(control, family))
                    .collect(Collectors.joining("; "))));
  }

  private void people(SessionPlan plan, SessionFacts facts, Rulebook rulebook) {
    List<Participant> participants = plan.participants();
    if (participants.isEmpty()) {
      people.add(new Item(text("people.total"), text("people.none")));
      return;
    }
    people.add(new Item(text("people.total"), Integer.toString(participants.size())));
    for (RatioBand band : rulebook.ratioBands()) {
      long count =
          participants.stream()
              .filter(p -> p.age().isPresent())
              .mapToInt(p -> p.age().getAsInt())
              .filter(age -> age >= band.fromAge() && age <= band.toAge())
              .count();
      if (count > 0) {
        String label =
            band.fromAge() == band.toAge()
                ? render("people.child", Map.of("from", Integer.toString(band.fromAge())))
                : render(
                    "people.children",
                    Map.of(
                        "from", Integer.toString(band.fromAge()),
                        "to", Integer.toString(band.toAge())));
        people.add(new Item(label, Long.toString(count)));
      }
    }
    long adults =
        participants.stream()
            .filter(p -> p.age().isPresent() && p.age().getAsInt() >= rulebook.adultAge())
            .count();
    if (adults > 0) {
      people.add(
          new Item(
              render("people.adults", Map.of("from", Integer.toString(rulebook.adultAge()))),
              Long.toString(adults)));
    }
    long unknown = participants.stream().filter(p -> p.age().isEmpty()).count();
    if (unknown > 0) {
      people.add(new Item(text("people.unknownAge"), Long.toString(unknown)));
    }
    long atRisk = participants.stream().filter(facts::isAdultAtRisk).count();
    if (atRisk > 0) {
      people.add(new Item(text("people.atRisk"), Long.toString(atRisk)));
    }
    Map<Need, Integer> needs = new EnumMap<>(Need.class);
    for (Participant participant : participants) {
      for (Need need : participant.needs()) {
        needs.merge(need, 1, Integer::sum);
      }
    }
    if (!needs.isEmpty()) {
      people.add(
          new Item(
              text("people.needs"),
              needs.entrySet().stream()
                  .map(
                      e ->
                          render(
                              "people.need",
                              Map.of("need", e.getKey().name(), "count", e.getValue().toString())))
                  .collect(Collectors.joining("; "))));
    }
  }

  /**
   * The counted adults whom a blocker is about (a check below what their role needs, for one): the
   * ratio counts them, since it counts any adult with a check in place, but they must not work with
   * the participants until the blocker is fixed, and the report must not let the count read as if
   * they could.
   */
  private static Set<String> heldBack(SessionPlan plan, Assessment assessment, SessionFacts facts) {
    Set<String> blocked = new HashSet<>();
    for (Finding finding : assessment.findings()) {
      if (finding.level() == FindingLevel.BLOCKER) {
        finding.subject().ifPresent(blocked::add);
      }
    }
    Set<String> held = new LinkedHashSet<>();
    for (StaffMember member : plan.staff()) {
      if (facts.isCountedAdult(member) && blocked.contains(member.id())) {
        held.add(member.id());
      }
    }
    return held;
  }

  private void staff(SessionPlan plan, SessionFacts facts, Rulebook rulebook, Set<String> held) {
    for (StaffMember member : plan.staff()) {
      String roles =
          member.roles().isEmpty()
              ? text("staff.noRoles")
              : member.roles().stream()
                  .sorted()
                  .map(words::label)
                  .collect(Collectors.joining(", "));
      List<String> details = new ArrayList<>();
      details.add(
          member.age().isPresent()
              ? render("staff.age", Map.of("age", Integer.toString(member.age().getAsInt())))
              : text("staff.ageUnknown"));
      details.add(member.check().map(this::check).orElseGet(() -> text("staff.noCheck")));
      boolean counted = facts.isCountedAdult(member);
      String counting;
      if (counted) {
        counting =
            held.contains(member.id()) ? text("staff.countedButHeld") : text("staff.counted");
      } else {
        List<String> reasons = new ArrayList<>();
        if (member.age().isPresent() && member.age().getAsInt() < rulebook.adultAge()) {
          reasons.add(
              render("staff.reason.age", Map.of("age", Integer.toString(rulebook.adultAge()))));
        }
        if (member.check().isEmpty()) {
          reasons.add(text("staff.reason.noCheck"));
        } else if (member.check().get().issued().isAfter(facts.asOf())) {
          reasons.add(
              render(
                  "staff.reason.checkLater", Map.of("date", date(member.check().get().issued()))));
        } else if (!facts.hasCheckInPlace(member)) {
          reasons.add(
              render(
                  "staff.reason.wrongScheme",
                  Map.of(
                      "scheme", member.check().get().scheme().name(),
                      "jurisdiction", plan.service().jurisdiction().name())));
        }
        counting =
            render("staff.notCounted", Map.of("reasons", String.join("; ", reasons)))
                + " "
                + text("staff.supervised");
      }
      staff.add(
          new StaffLine(
              escape.apply(member.id()), roles, String.join("; ", details), counted, counting));
    }
  }

  private String check(Check check) {
    return render(
        "staff.check",
        Map.of(
            "level", check.level().name(),
            "scheme", check.scheme().name(),
            "date", date(check.issued())));
  }

  private void findings(Assessment assessment) {
    Map<String, Integer> numbers = new LinkedHashMap<>();
    Map<String, Action> byText = new LinkedHashMap<>();
    Map<String, Set<String>> concerns = new LinkedHashMap<>();
    for (FindingLevel level : FindingLevel.values()) {
      for (Finding finding : assessment.findings(level)) {
        List<Integer> cited = new ArrayList<>();
        for (String source : finding.sources()) {
          Integer number = numbers.get(source);
          if (number == null) {
            number = numbers.size() + 1;
            numbers.put(source, number);
            sources.add(source(number, source));
          }
          if (!cited.contains(number)) {
            cited.add(number);
          }
        }
        Optional<String> about = finding.subject().map(this::about);
        String action = escape.apply(finding.action());
        cards.add(
            new Card(
                level,
                words.label(level),
                escape.apply(words.codeTitle(finding.rule())),
                render("report.smallPrint.code", Map.of("code", escape.apply(finding.rule()))),
                about,
                escape.apply(finding.message()),
                action,
                List.copyOf(cited)));
        byText.putIfAbsent(action, new Action(level, words.label(level), action, ""));
        Set<String> subjects = concerns.computeIfAbsent(action, text -> new LinkedHashSet<>());
        finding.subject().ifPresent(subjects::add);
      }
    }
    for (Map.Entry<String, Action> entry : byText.entrySet()) {
      Action action = entry.getValue();
      actions.add(
          new Action(
              action.level(),
              action.levelLabel(),
              action.text(),
              concerning(concerns.getOrDefault(entry.getKey(), Set.of()))));
    }
  }

  private String concerning(Set<String> subjects) {
    if (subjects.isEmpty()) {
      return text("actions.concerns.session");
    }
    List<String> things = new ArrayList<>();
    List<String> people = new ArrayList<>();
    for (String subject : subjects) {
      Optional<PlatformControl> control = constant(PlatformControl.class, subject);
      Optional<Policy> policy = constant(Policy.class, subject);
      if (control.isPresent()) {
        things.add(
            render(
                "actions.concerns.control",
                Map.of("control", words.control(control.get(), family))));
      } else if (policy.isPresent()) {
        things.add(render("actions.concerns.policy", Map.of("policy", policy.get().name())));
      } else {
        people.add(escape.apply(subject));
      }
    }
    List<String> parts = new ArrayList<>();
    if (!people.isEmpty()) {
      parts.add(render("actions.concerns", Map.of("who", String.join(", ", people))));
    }
    parts.addAll(things);
    return String.join(" ", parts);
  }

  /**
   * A finding's subject in words: a platform control or a policy (which the rules name by their
   * constants) by its label, anything else (an id on the plan) as escaped data.
   */
  private String about(String subject) {
    Optional<PlatformControl> control = constant(PlatformControl.class, subject);
    if (control.isPresent()) {
      return render("card.about.control", Map.of("control", words.control(control.get(), family)));
    }
    if (constant(Policy.class, subject).isPresent()) {
      return render("card.about.policy", Map.of("policy", subject));
    }
    return render("card.about", Map.of("subject", escape.apply(subject)));
  }

  private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  private Source source(int number, String name) {
    String key = "source." + name;
    return new Source(
        number,
        words.find(key).orElseGet(() -> escape.apply(name)),
        words.find(key + ".publisher"),
        words.find(key + ".year"),
        words.find(key + ".link"));
  }

  /** {@return whether the catalogue has a title for a source a rule cites} */
  static boolean hasTitle(String source) {
    return Catalogue.english().find("source." + source).isPresent();
  }

  private void risks(SessionPlan plan, Assessment assessment) {
    Map<String, RiskEntry> entries = new LinkedHashMap<>();
    for (RiskEntry entry : plan.risks()) {
      entries.putIfAbsent(entry.id(), entry);
    }
    for (AssessedRisk risk : assessment.risks()) {
      List<Rating> ratings = new ArrayList<>();
      ratings.add(rating("risk.inherent", risk.inherent(), Optional.empty()));
      risk.residual()
          .ifPresent(
              residual ->
                  ratings.add(
                      rating(
                          "risk.residual",
                          residual,
                          Wording.residualNotCounted(risk)
                              ? Optional.of(text("risk.residual.notCounted"))
                              : Optional.empty())));
      risk.floor()
          .ifPresent(
              floor ->
                  ratings.add(rating("risk.floor", floor, Optional.of(text("risk.floor.note")))));
      List<Item> details = new ArrayList<>();
      List<String> mitigations = new ArrayList<>();
      RiskEntry entry = entries.get(risk.id());
      boolean inferred = entry == null;
      if (entry != null) {
        entry
            .description()
            .ifPresent(d -> details.add(new Item(text("risk.description"), escape.apply(d))));
        details.add(new Item(text("risk.area"), words.label(entry.area())));
        details.add(
            new Item(
                text("risk.owner"),
                entry.owner().map(escape).orElseGet(() -> text("risk.notGiven"))));
        details.add(
            new Item(
                text("risk.reviewBy"),
                entry.reviewBy().map(this::date).orElseGet(() -> text("risk.notGiven"))));
        for (String mitigation : entry.mitigations()) {
          mitigations.add(escape.apply(mitigation));
        }
      }
      risks.add(
          new Risk(
              risk.priority(),
              escape.apply(risk.id()),
              words.label(risk.hazard()),
              words.label(risk.origin()),
              ratings,
              details,
              mitigations,
              inferred));
    }
  }

  private Rating rating(String key, RiskRating rating, Optional<String> note) {
    String text =
        render(
            "risk.rating",
            Map.of(
                "score", Integer.toString(rating.score()),
                "band", rating.band().name(),
                "likelihood", Integer.toString(rating.likelihood().level()),
                "likelihoodLabel", rating.likelihood().name(),
                "severity", Integer.toString(rating.severity().level()),
                "severityLabel", rating.severity().name()));
    return new Rating(text(key), text, rating.band().name(), note);
  }

  private void consents(SessionPlan plan, Assessment assessment, LocalDate asOf) {
    Map<String, Participant> participants = new LinkedHashMap<>();
    for (Participant participant : plan.participants()) {
      participants.putIfAbsent(participant.id(), participant);
    }
    for (ConsentRequirement requirement : assessment.consents()) {
      List<String> recorded = new ArrayList<>();
      Participant participant = participants.get(requirement.participant());
      if (participant != null) {
        for (Consent consent : participant.consents()) {
          String line =
              render(
                  "consent.given",
                  Map.of(
                      "giver", consent.givenBy().name(),
                      "verification", consent.verification().name(),
                      "date", date(consent.given()),
                      "scopes",
                          consent.covers().stream()
                              .sorted()
                              .map(Enum::name)
                              .collect(Collectors.joining(","))));
          if (consent.given().isAfter(asOf)) {
            // The engine judges at the session's date, so a consent dated later is not yet given:
            // say so beside it, or "Missing" next to a recorded consent reads as an error.
            line += "; " + text("consent.afterSession");
          }
          if (consent.withdrawn().isPresent()) {
            line +=
                "; " + render("consent.withdrawn", Map.of("date", date(consent.withdrawn().get())));
          }
          recorded.add(line);
        }
      }
      if (recorded.isEmpty()) {
        recorded.add(text("consent.noneRecorded"));
      }
      consents.add(
          new ConsentLine(
              escape.apply(requirement.participant()),
              requirement
                  .requiredFrom()
                  .map(words::label)
                  .orElseGet(() -> text("consent.notNeeded")),
              words.label(requirement.status()),
              requirement.status().name(),
              recorded));
    }
  }

  private void supervision(
      SessionPlan plan, Assessment assessment, SessionFacts facts, Set<String> held) {
    if (assessment.supervision().isEmpty()) {
      supervision.add(new Item("", text("supervision.missing")));
      return;
    }
    Supervision figures = assessment.supervision().get();
    supervision.add(
        new Item(text("supervision.required"), Integer.toString(figures.requiredAdults())));
    supervision.add(
        new Item(text("supervision.counted"), Integer.toString(figures.countedAdults())));
    supervision.add(new Item(text("supervision.shortfall"), Integer.toString(figures.shortfall())));
    workings(RequiredAdults.workings(facts, facts.rulebook()), figures.requiredAdults());
    List<String> counted =
        plan.staff().stream()
            .filter(facts::isCountedAdult)
            .map(member -> escape.apply(member.id()))
            .toList();
    supervision.add(
        new Item(
            "",
            counted.isEmpty()
                ? text("supervision.names.none")
                : render("supervision.names", Map.of("names", String.join(", ", counted)))));
    if (!held.isEmpty()) {
      int left = figures.countedAdults() - held.size();
      supervision.add(
          new Item(
              "",
              render(
                  "supervision.held",
                  Map.of(
                      "names",
                      held.stream().map(escape).collect(Collectors.joining(", ")),
                      "count",
                      Integer.toString(held.size()),
                      "left",
                      Integer.toString(Math.max(0, left)),
                      "required",
                      Integer.toString(figures.requiredAdults())))));
    }
  }

  /**
   * How the number of checked adults needed was reached, so that a lead can check it: the figure it
   * comes from, or each term of the ratio's sum and the minimum. Said only when it gives the number
   * the assessment holds (a custom rule may have changed the figures).
   */
  private void workings(RequiredAdults.Workings workings, int required) {
    if (workings.required() != required) {
      return;
    }
    if (workings.basis() != RequiredAdults.Basis.RATIO) {
      supervision.add(
          new Item(
              text("supervision.workedOut"),
              render(
                  Catalogue.key(workings.basis()),
                  Map.of("adults", Integer.toString(workings.required())))));
      return;
    }
    List<String> terms = new ArrayList<>();
    for (RequiredAdults.Share share : workings.shares()) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("count", Integer.toString(share.participants()));
      values.put("perAdult", Integer.toString(share.perAdult()));
      values.put("adults", Integer.toString(share.adults()));
      values.put("unknown", Integer.toString(share.unknownAges()));
      String key;
      if (share.band().isPresent()) {
        values.put("from", Integer.toString(share.band().get().fromAge()));
        values.put("to", Integer.toString(share.band().get().toAge()));
        key =
            share.unknownAges() > 0
                ? "supervision.share.childrenUnknown"
                : "supervision.share.children";
      } else {
        key = "supervision.share.adultsAtRisk";
      }
      terms.add(render(key, values));
    }
    terms.add(
        render("supervision.minimum", Map.of("minimum", Integer.toString(workings.minimum()))));
    supervision.add(new Item(text("supervision.workedOut"), String.join("; ", terms) + "."));
  }

  /** {@return whether the supervision figures fall short} */
  boolean shortfall(Assessment assessment) {
    return assessment.supervision().map(s -> s.shortfall() > 0).orElse(false);
  }

  private void footer(RulebookId rulebook, @Nullable Instant madeAt) {
    if (madeAt != null) {
      ZonedDateTime made = madeAt.atZone(zone);
      footer.add(
          render(
              "footer.made",
              Map.of(
                  "date",
                  DateTimeFormatter.ofPattern(text("date.pattern"), Locale.UK).format(made),
                  "time",
                  DateTimeFormatter.ofPattern(text("time.pattern"), Locale.UK).format(made),
                  "zone",
                  DateTimeFormatter.ofPattern(text("zone.pattern"), Locale.UK).format(made))));
    }
    String name = escape.apply(rulebook.name());
    String version = escape.apply(rulebook.version());
    footer.add(
        rulebook
            .basedOn()
            .map(
                base ->
                    render(
                        "footer.rulebook.based",
                        Map.of(
                            "name",
                            name,
                            "version",
                            version,
                            "base",
                            escape.apply(base.name()),
                            "baseVersion",
                            escape.apply(base.version()))))
            .orElseGet(() -> render("footer.rulebook", Map.of("name", name, "version", version))));
    footer.add(text("footer.disclaimer"));
    // The same facts in a line for the foot of every printed page, so that a loose page still says
    // which rulebook it was judged by and when it was made. Plain text: the page escapes it.
    String page =
        render("footer.page", Map.of("name", rulebook.name(), "version", rulebook.version()));
    if (madeAt != null) {
      page +=
          render(
              "footer.page.made",
              Map.of(
                  "date",
                  DateTimeFormatter.ofPattern(text("date.short"), Locale.UK)
                      .format(madeAt.atZone(zone))));
    }
    pageFooter = page;
  }

  /** {@return the actions of one level} */
  List<Action> actions(FindingLevel level) {
    return actions.stream().filter(a -> a.level() == level).toList();
  }

  /** {@return the cards of one level} */
  List<Card> cards(FindingLevel level) {
    return cards.stream().filter(c -> c.level() == level).toList();
  }
}
