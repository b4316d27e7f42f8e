package org.safeguarding.core.json;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.ConsentRequirement;
import org.safeguarding.core.assessment.ConsentStatus;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.RatingBasis;
import org.safeguarding.core.assessment.RiskOrigin;
import org.safeguarding.core.assessment.RulebookId;
import org.safeguarding.core.assessment.Supervision;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.internal.json.JsonInput;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.PlanLimits;
import org.safeguarding.core.risk.Likelihood;
import org.safeguarding.core.risk.RiskBand;
import org.safeguarding.core.risk.RiskRating;
import org.safeguarding.core.risk.Severity;

/**
 * Reads an assessment back, so that a tool can store the engine's answer and read it again. Strict
 * like the plan: every field the writer always writes is required, and the values the writer
 * derives ({@code score}, {@code current}, {@code currentFrom}, {@code shortfall}) must agree with
 * the values they are derived from, so that a stored answer cannot be edited to say less than it
 * did. Each rule of the assessment's values is checked here, at its path, before the value is
 * built.
 */
final class AssessmentReader {

  /** More findings than this cannot come from any plan the contract allows. */
  private static final int MAX_FINDINGS = 1_000_000;

  private static final int MAX_SOURCES = 100;

  private static final List<String> ASSESSMENT =
      List.of("planId", "rulebook", "asOf", "decision", "findings", "risks", "consents");
  private static final List<String> RULEBOOK = List.of("name", "version");
  private static final List<String> FINDING =
      List.of("rule", "level", "message", "action", "sources");
  private static final List<String> RISK =
      List.of("id", "hazard", "origin", "priority", "inherent", "current", "currentFrom");
  private static final List<String> RATING = List.of("likelihood", "severity", "score", "band");
  private static final List<String> CONSENT = List.of("participant", "status");
  private static final List<String> SUPERVISION =
      List.of("requiredAdults", "countedAdults", "shortfall");

  private AssessmentReader() {}

  static Supplier<Assessment> read(JsonInput in) {
    Assessment.Builder assessment =
        Assessment.builder()
            .planId(JsonInput.placeholderText())
            .rulebook(RulebookId.of("\u0000", "\u0000"))
            .asOf(JsonInput.PLACEHOLDER_DATE)
            .decision(Decision.values()[0]);
    boolean object =
        in.fields(
            ASSESSMENT,
            name -> {
              switch (name) {
                case "planId" -> in.string(assessment::planId);
                case "rulebook" -> in.object(AssessmentReader::rulebook, assessment::rulebook);
                case "asOf" -> in.date(assessment::asOf);
                case "decision" -> in.enumValue(Decision.class, assessment::decision);
                case "findings" ->
                    in.objects(MAX_FINDINGS, AssessmentReader::finding, assessment::findings);
                case "risks" ->
                    in.objects(PlanLimits.MAX_RISKS * 2, AssessmentReader::risk, assessment::risks);
                case "consents" ->
                    in.objects(
                        PlanLimits.MAX_PARTICIPANTS,
                        AssessmentReader::consent,
                        assessment::consents);
                case "supervision" ->
                    in.object(
                        AssessmentReader::supervision, s -> s.ifPresent(assessment::supervision));
                default -> in.unknown();
              }
            });
    return object ? in.building(assessment::build) : in.refused();
  }

  /**
   * A rulebook's name and version, and for a layered one its base's, read the same way (a base has
   * no base of its own here: the library bases a layer on a whole rulebook only).
   */
  private static RulebookId rulebook(JsonInput in) {
    return rulebook(in, true);
  }

  private static RulebookId rulebook(JsonInput in, boolean layered) {
    String[] id = {"\u0000", "\u0000"};
    @Nullable RulebookId[] base = {null};
    in.fields(
        RULEBOOK,
        name -> {
          switch (name) {
            case "name" -> in.string(text -> id[0] = nonBlank(in, text, id[0]));
            case "version" -> in.string(text -> id[1] = nonBlank(in, text, id[1]));
            case "basedOn" -> {
              if (layered) {
                in.object(input -> rulebook(input, false), read -> base[0] = read);
              } else {
                in.unknown();
              }
            }
            default -> in.unknown();
          }
        });
    @Nullable RulebookId basedOn = base[0];
    return basedOn == null ? RulebookId.of(id[0], id[1]) : RulebookId.of(id[0], id[1], basedOn);
  }

  private static Finding finding(JsonInput in) {
    Finding.Builder finding =
        Finding.builder()
            .rule("\u0000")
            .level(FindingLevel.values()[0])
            .message("\u0000")
            .action("\u0000")
            .addSource("\u0000");
    in.fields(
        FINDING,
        name -> {
          switch (name) {
            case "rule" -> in.string(text -> finding.rule(nonBlank(in, text, "\u0000")));
            case "level" -> in.enumValue(FindingLevel.class, finding::level);
            case "subject" -> in.string(text -> finding.subject(nonBlank(in, text, "\u0000")));
            case "message" -> in.string(text -> finding.message(nonBlank(in, text, "\u0000")));
            case "action" -> in.string(text -> finding.action(nonBlank(in, text, "\u0000")));
            case "template" ->
                in.string(
                    "a code, optionally followed by a dot and a variant such as advised",
                    text -> {
                      if (Finding.TEMPLATE.matcher(text).matches()) {
                        finding.template(text);
                      } else {
                        in.problem(
                            "must be a code, optionally followed by a dot and a variant such as"
                                + " advised");
                      }
                    });
            case "parameters" ->
                in.stringMap(
                    Finding.MAX_PARAMETERS,
                    Finding.PARAMETER_NAME,
                    "letters and digits, starting with a lower-case letter",
                    (key, value) -> {
                      @Nullable String problem = StructureChecks.idProblem(value);
                      if (problem != null) {
                        in.problem(problem);
                      } else {
                        finding.putParameter(key, value);
                      }
                    });
            case "sources" ->
                in.strings(
                    MAX_SOURCES,
                    sources -> {
                      if (sources.isEmpty()) {
                        in.problem("must hold at least one source");
                        return;
                      }
                      List<String> kept = new ArrayList<>(sources.size());
                      for (String source : sources) {
                        kept.add(source.isBlank() ? "\u0000" : source);
                      }
                      if (kept.size() != sources.stream().filter(s -> !s.isBlank()).count()) {
                        in.problem("must not hold a blank source");
                      }
                      finding.sources(kept);
                    });
            default -> in.unknown();
          }
        });
    return finding.build();
  }

  private static AssessedRisk risk(JsonInput in) {
    AssessedRisk.Builder risk =
        AssessedRisk.builder()
            .id(JsonInput.placeholderText())
            .hazard(Hazard.values()[0])
            .origin(RiskOrigin.values()[0])
            .priority(1)
            .inherent(placeholderRating());
    RiskRating[] ratings = new RiskRating[4]; // residual, floor, current, inherent
    RiskOrigin[] origin = {null};
    Boolean[] credited = {null};
    RatingBasis[] from = {null};
    boolean[] complete = {true};
    in.fields(
        RISK,
        name -> {
          switch (name) {
            case "id" -> in.string(risk::id);
            case "hazard" -> in.enumValue(Hazard.class, risk::hazard);
            case "origin" ->
                in.enumValue(
                    RiskOrigin.class,
                    value -> {
                      origin[0] = value;
                      risk.origin(value);
                    });
            case "priority" ->
                in.integer(
                    value -> {
                      if (value < 1) {
                        in.problem("must be at least 1");
                      } else {
                        risk.priority(value);
                      }
                    });
            case "inherent" ->
                in.object(
                    AssessmentReader::rating,
                    rated(
                        r -> {
                          ratings[3] = r;
                          risk.inherent(r);
                        },
                        complete));
            case "residual" ->
                in.object(AssessmentReader::rating, rated(r -> ratings[0] = r, complete));
            case "residualCredited" -> in.bool(value -> credited[0] = value);
            case "floor" ->
                in.object(AssessmentReader::rating, rated(r -> ratings[1] = r, complete));
            case "current" ->
                in.object(AssessmentReader::rating, rated(r -> ratings[2] = r, complete));
            case "currentFrom" -> in.enumValue(RatingBasis.class, value -> from[0] = value);
            default -> in.unknown();
          }
        });
    boolean creditedResidual = false;
    if (ratings[0] != null) {
      creditedResidual = credited[0] == null || credited[0];
      risk.residual(ratings[0]).residualCredited(creditedResidual);
    } else if (credited[0] != null) {
      in.problemAt("residualCredited", "must be left out when there is no residual rating");
    }
    if (ratings[1] != null) {
      RiskRating beforeFloor = creditedResidual ? ratings[0] : ratings[3];
      if (origin[0] == RiskOrigin.INFERRED) {
        in.problemAt("floor", "must be left out for an inferred risk");
      } else if (beforeFloor != null && !ratings[1].outranks(beforeFloor)) {
        in.problemAt(
            "floor",
            "must outrank the rating it replaces: a higher score, or the same score with a"
                + " higher severity");
      } else if (beforeFloor != null) {
        risk.floor(ratings[1]);
      }
    }
    AssessedRisk built = risk.build();
    if (complete[0] && ratings[2] != null && !ratings[2].equals(built.current())) {
      in.problemAt(
          "current",
          "must be the rating that counts: the floor, else the residual rating"
              + " if credited, else the inherent rating");
    }
    if (from[0] != null && from[0] != built.currentFrom()) {
      in.problemAt("currentFrom", "must be " + built.currentFrom() + ", where current comes from");
    }
    return built;
  }

  private static Consumer<java.util.Optional<RiskRating>> rated(
      Consumer<RiskRating> to, boolean[] complete) {
    return rating -> {
      if (rating.isPresent()) {
        to.accept(rating.get());
      } else {
        complete[0] = false;
      }
    };
  }

  /** A rating, or nothing when a part of it could not be read. */
  private static java.util.Optional<RiskRating> rating(JsonInput in) {
    int[] levels = {0, 0, 0};
    RiskBand[] band = {null};
    boolean object =
        in.fields(
            RATING,
            name -> {
              switch (name) {
                case "likelihood" -> in.integer(value -> levels[0] = level(in, value));
                case "severity" -> in.integer(value -> levels[1] = level(in, value));
                case "score" -> in.integer(value -> levels[2] = value);
                case "band" -> in.enumValue(RiskBand.class, value -> band[0] = value);
                default -> in.unknown();
              }
            });
    if (!object || levels[0] == 0 || levels[1] == 0 || band[0] == null) {
      return java.util.Optional.empty();
    }
    if (levels[2] != 0 && levels[2] != levels[0] * levels[1]) {
      in.problemAt("score", "must be likelihood × severity, " + levels[0] * levels[1]);
    }
    return java.util.Optional.of(
        RiskRating.of(Likelihood.of(levels[0]), Severity.of(levels[1]), band[0]));
  }

  private static int level(JsonInput in, int value) {
    if (value < 1 || value > 5) {
      in.problem("must be between 1 and 5");
      return 0;
    }
    return value;
  }

  private static RiskRating placeholderRating() {
    return RiskRating.of(Likelihood.of(1), Severity.of(1), RiskBand.values()[0]);
  }

  private static ConsentRequirement consent(JsonInput in) {
    ConsentRequirement.Builder consent =
        ConsentRequirement.builder().participant(JsonInput.placeholderText());
    ConsentGiver[] from = {null};
    ConsentStatus[] status = {null};
    in.fields(
        CONSENT,
        name -> {
          switch (name) {
            case "participant" -> in.string(consent::participant);
            case "requiredFrom" -> in.enumValue(ConsentGiver.class, value -> from[0] = value);
            case "status" -> in.enumValue(ConsentStatus.class, value -> status[0] = value);
            default -> in.unknown();
          }
        });
    if (status[0] == null) {
      // Stand in with a status that agrees with whether someone is named.
      status[0] = from[0] == null ? ConsentStatus.NOT_REQUIRED : ConsentStatus.values()[0];
      if (status[0] == ConsentStatus.NOT_REQUIRED && from[0] != null) {
        status[0] = ConsentStatus.MISSING;
      }
    } else if ((from[0] == null) != (status[0] == ConsentStatus.NOT_REQUIRED)) {
      in.problemAt(
          "requiredFrom",
          status[0] == ConsentStatus.NOT_REQUIRED
              ? "must be left out when consent is NOT_REQUIRED"
              : "is required when consent is required");
      from[0] = null;
      status[0] = ConsentStatus.NOT_REQUIRED;
    }
    if (from[0] != null) {
      consent.requiredFrom(from[0]);
    }
    return consent.status(status[0]).build();
  }

  private static java.util.Optional<Supervision> supervision(JsonInput in) {
    int[] numbers = {-1, -1, -1};
    in.fields(
        SUPERVISION,
        name -> {
          switch (name) {
            case "requiredAdults" -> in.integer(value -> numbers[0] = atLeast(in, value, 1));
            case "countedAdults" -> in.integer(value -> numbers[1] = atLeast(in, value, 0));
            case "shortfall" -> in.integer(value -> numbers[2] = atLeast(in, value, 0));
            default -> in.unknown();
          }
        });
    if (numbers[0] < 1 || numbers[1] < 0) {
      return java.util.Optional.empty();
    }
    Supervision supervision = Supervision.of(numbers[0], numbers[1]);
    if (numbers[2] >= 0 && numbers[2] != supervision.shortfall()) {
      in.problemAt("shortfall", "must be requiredAdults less countedAdults, at least 0");
    }
    return java.util.Optional.of(supervision);
  }

  private static int atLeast(JsonInput in, int value, int least) {
    if (value < least) {
      in.problem("must be at least " + least);
      return -1;
    }
    return value;
  }

  private static String nonBlank(JsonInput in, String text, String placeholder) {
    if (text.isBlank()) {
      in.problem("must not be blank");
      return placeholder;
    }
    return text;
  }
}
