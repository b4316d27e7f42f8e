package org.safeguarding.examples.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.json.JsonDocument;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.rules.RuleDescription;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.report.ReportFormat;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What each route answers, given its request's headers and body: the engine's answers through the
 * typed documents, reports by {@code Accept}, and the service's own documents. Answers that never
 * change (the rule catalogue, the rulebook, the schemas, the OpenAPI document) are made once.
 */
final class Endpoints {

  /** What the engine's answers can be given as, JSON first. */
  private static final List<String> ANSWER_TYPES =
      List.of(Answer.JSON, "text/html", "text/markdown", "text/plain");

  private static final List<String> JSON_TYPES = List.of(Answer.JSON);

  private static final List<String> SCHEMA_TYPES = List.of("application/schema+json", Answer.JSON);

  private static final String PLAN = "session plan";

  private final SafeguardingEngine engine;
  private final ServiceSettings settings;
  private final BooleanSupplier ready;
  private final String rules;
  private final String openApi;

  Endpoints(SafeguardingEngine engine, ServiceSettings settings, BooleanSupplier ready) {
    this.engine = engine;
    this.settings = settings;
    this.ready = ready;
    this.rules = catalogue(engine);
    this.openApi = OpenApi.document();
  }

  /** The request as an endpoint sees it. */
  interface Call {
    @Nullable String header(String name);

    /** The body, limited and timed. */
    InputStream body();

    /** The path as sent. */
    String path();
  }

  Answer answer(Route route, Call call) {
    return switch (route) {
      case ASSESSMENTS -> assess(call);
      case ADMISSIONS -> admit(call);
      case RESPONSES -> respond(call);
      case RULES -> get(call, JSON_TYPES, rules);
      case RULEBOOK -> get(call, JSON_TYPES, engine.rulebook().toJson());
      case SCHEMAS -> schema(call, route);
      case OPENAPI -> get(call, JSON_TYPES, openApi);
      case HEALTH -> get(call, JSON_TYPES, "{\"status\": \"up\"}\n");
      case READY -> readiness(call);
    };
  }

  // ---------------------------------------------------------------------------------------------
  // The engine's answers

  private Answer assess(Call call) {
    ReportFormat format = format(call);
    SessionPlan plan = read(SafeguardingJson.PLAN, PLAN, call);
    Assessment assessment = engine.assess(plan);
    // The report says when it was made: now, by the service's clock.
    return answer(format, engine.report(plan, assessment, format, Instant.now()));
  }

  private Answer admit(Call call) {
    ReportFormat format = format(call);
    requireJson(call);
    Envelope envelope = envelope(call, List.of("plan", "room"), List.of("person"));
    List<Problem.InputError> errors = new ArrayList<>(envelope.problems());
    @Nullable SessionPlan plan = part(envelope, "plan", SafeguardingJson.PLAN, PLAN, errors);
    @Nullable RoomState room = part(envelope, "room", SafeguardingJson.ROOM, "room", errors);
    @Nullable String person = envelope.text("person");
    if (!errors.isEmpty() || plan == null || room == null || person == null) {
      throw new Problem.Raised(Problem.invalid(errors));
    }
    try {
      return answer(format, engine.report(plan, room, engine.admit(plan, room, person), format));
    } catch (InvalidPlanException e) {
      // The room names someone not on the plan, or the person's id is not an id.
      boolean aboutRoom = e.subject().name().equals(SafeguardingJson.ROOM.name());
      List<Problem.InputError> found = new ArrayList<>();
      for (PlanProblem problem : e.problems()) {
        found.add(
            aboutRoom
                ? Problem.InputError.of("room", "$.room", problem)
                : new Problem.InputError("person", "$.person", problem.message()));
      }
      throw new Problem.Raised(Problem.invalid(found));
    }
  }

  private Answer respond(Call call) {
    ReportFormat format = format(call);
    requireJson(call);
    Envelope envelope = envelope(call, List.of("plan", "incident"), List.of());
    List<Problem.InputError> errors = new ArrayList<>(envelope.problems());
    @Nullable SessionPlan plan = part(envelope, "plan", SafeguardingJson.PLAN, PLAN, errors);
    @Nullable Incident incident =
        part(envelope, "incident", SafeguardingJson.INCIDENT, "incident", errors);
    if (!errors.isEmpty() || plan == null || incident == null) {
      throw new Problem.Raised(Problem.invalid(errors));
    }
    return answer(format, engine.report(plan, incident, engine.respond(plan, incident), format));
  }

  /** Reads the body as one document; its problems are the request's. */
  private <T> T read(JsonDocument<T> document, String name, Call call) {
    requireJson(call);
    try {
      return document.read(call.body());
    } catch (InvalidPlanException e) {
      List<Problem.InputError> errors = new ArrayList<>();
      for (PlanProblem problem : e.problems()) {
        errors.add(Problem.InputError.of(name, "$", problem));
      }
      throw new Problem.Raised(Problem.invalid(errors));
    } catch (UncheckedIOException e) {
      throw bodyFailed(e);
    }
  }

  private Envelope envelope(Call call, List<String> documents, List<String> texts) {
    try {
      return Envelope.read(call.body(), documents, texts);
    } catch (UncheckedIOException e) {
      throw bodyFailed(e);
    }
  }

  /** Reads one part of an envelope, adding its problems, with their paths in the body. */
  private static <T> @Nullable T part(
      Envelope envelope,
      String member,
      JsonDocument<T> document,
      String name,
      List<Problem.InputError> errors) {
    byte @Nullable [] text = envelope.document(member);
    if (text == null) {
      return null;
    }
    try {
      return document.read(new String(text, StandardCharsets.UTF_8));
    } catch (InvalidPlanException e) {
      for (PlanProblem problem : e.problems()) {
        errors.add(Problem.InputError.of(name, "$." + member, problem));
      }
      return null;
    }
  }

  /** The body could not be read: too large, too slow, or the client went away. */
  private RuntimeException bodyFailed(UncheckedIOException e) {
    IOException cause = Objects.requireNonNull(e.getCause());
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof RequestBody.TooLarge) {
        return tooLarge(settings.maxBody());
      }
      if (t instanceof RequestBody.TooSlow || t instanceof java.util.concurrent.TimeoutException) {
        return new Problem.Raised(
            Problem.of(
                Problem.Kind.REQUEST_TIMEOUT,
                "The body took longer than "
                    + settings.readTimeout().toMillis()
                    + " ms to arrive; send it whole, at once."));
      }
    }
    return e;
  }

  static Problem.Raised tooLarge(long limit) {
    return new Problem.Raised(
        Problem.of(
            Problem.Kind.BODY_TOO_LARGE,
            "The body is larger than this service's limit of " + limit + " bytes."));
  }

  private static void requireJson(Call call) {
    if (!MediaTypes.isJson(call.header("Content-Type"))) {
      throw new Problem.Raised(
          Problem.of(
              Problem.Kind.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json, in UTF-8."));
    }
  }

  private static ReportFormat format(Call call) {
    String chosen = accepted(call, ANSWER_TYPES);
    return switch (chosen) {
      case "text/html" -> ReportFormat.HTML;
      case "text/markdown" -> ReportFormat.MARKDOWN;
      case "text/plain" -> ReportFormat.TEXT;
      default -> ReportFormat.JSON;
    };
  }

  private static Answer answer(ReportFormat format, String report) {
    return switch (format) {
      case JSON -> Answer.json(report);
      case HTML -> Answer.of("text/html; charset=utf-8", report);
      case MARKDOWN -> Answer.of("text/markdown; charset=utf-8", report);
      case TEXT -> Answer.of("text/plain; charset=utf-8", report);
    };
  }

  private static String accepted(Call call, List<String> offered) {
    String chosen = MediaTypes.choose(call.header("Accept"), offered);
    if (chosen == null) {
      throw new Problem.Raised(
          Problem.of(
              Problem.Kind.NOT_ACCEPTABLE,
              "This route answers with one of: " + String.join(", ", offered) + "."));
    }
    return chosen;
  }

  // ---------------------------------------------------------------------------------------------
  // The service's own documents

  private static Answer get(Call call, List<String> offered, String json) {
    String chosen = accepted(call, offered);
    return new Answer(200, chosen, json.getBytes(StandardCharsets.UTF_8));
  }

  private static Answer schema(Call call, Route route) {
    @Nullable ContractSchema document = ContractSchema.named(route.parameter(call.path()));
    if (document == null) {
      throw new Problem.Raised(
          Problem.of(
              Problem.Kind.NOT_FOUND,
              "No document has that name; the documents are: " + ContractSchema.names() + "."));
    }
    return get(call, SCHEMA_TYPES, document.schema());
  }

  private Answer readiness(Call call) {
    if (!ready.getAsBoolean()) {
      throw new Problem.Raised(
          Problem.of(Problem.Kind.UNAVAILABLE, "The service is stopping and takes no requests."));
    }
    return get(call, JSON_TYPES, "{\"status\": \"ready\"}\n");
  }

  /** The rule catalogue: the rulebook it is judged by and every rule with its sources. */
  private static String catalogue(SafeguardingEngine engine) {
    JsonMapper json = JsonMapper.builder().build();
    ObjectNode root = json.createObjectNode();
    ObjectNode rulebook = root.putObject("rulebook");
    rulebook.put("name", engine.rulebook().id().name());
    rulebook.put("version", engine.rulebook().id().version());
    ArrayNode rules = root.putArray("rules");
    for (RuleDescription rule : engine.rules()) {
      ObjectNode entry = rules.addObject();
      entry.put("code", rule.code());
      ArrayNode levels = entry.putArray("levels");
      for (FindingLevel level : rule.levels()) {
        levels.add(level.name());
      }
      entry.put("trigger", rule.trigger());
      entry.put("action", rule.action());
      ArrayNode sources = entry.putArray("sources");
      rule.sources().forEach(sources::add);
      entry.put("postpones", rule.postpones());
      entry.put("doorHold", rule.doorHold().name());
      rule.doorReason().ifPresent(reason -> entry.put("doorReason", reason));
    }
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }
}
