package org.safeguarding.core.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.Platform;
import org.safeguarding.core.plan.RiskArea;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.plan.Service;
import org.safeguarding.core.plan.SessionPlan;

/**
 * Plans whose every free-text value holds a {@link FreeText} marker, for the tests that prove free
 * text never leaks. The free text of a plan is the service's and the platform's names and each
 * risk's {@code mitigations}, {@code owner} and {@code description}: everything else a plan holds
 * is an id, a number, a date, a flag or a value of a fixed vocabulary.
 */
public final class MarkedPlans {

  /** The service's name in {@link #childrensGroup()}. */
  public static final String SERVICE_NAME = FreeText.marker("service-name");

  /** The platform's name in {@link #childrensGroup()}. */
  public static final String PLATFORM_NAME = FreeText.marker("platform-name");

  private MarkedPlans() {}

  /**
   * The valid children's group of {@link Plans#childrensGroup()}, with marked names and two risks
   * whose every free-text field is marked.
   */
  public static SessionPlan.Builder childrensGroup() {
    SessionPlan plain = Plans.childrensGroup().build();
    return SessionPlan.builder()
        .from(plain)
        .service(Service.builder().from(plain.service()).name(SERVICE_NAME).build())
        .platform(Platform.builder().from(plain.platform()).name(PLATFORM_NAME).build())
        .risks(
            List.of(
                risk("r1", Hazard.GROOMING, 3, 5, 0), risk("r2", Hazard.SESSION_HIJACK, 4, 4, 1)));
  }

  /** A marked risk; {@code index} tells its markers apart from other risks'. */
  public static RiskEntry risk(String id, Hazard hazard, int likelihood, int severity, int index) {
    return RiskEntry.builder()
        .id(id)
        .hazard(hazard)
        .area(RiskArea.INDIVIDUAL)
        .likelihood(likelihood)
        .severity(severity)
        .residualLikelihood(1)
        .residualSeverity(severity)
        .addMitigations(
            FreeText.marker("risks[" + index + "].mitigations[0]"),
            FreeText.marker("risks[" + index + "].mitigations[1]"))
        .owner(FreeText.marker("risks[" + index + "].owner"))
        .description(FreeText.marker("risks[" + index + "].description"))
        .reviewBy(LocalDate.parse("2027-01-01"))
        .build();
  }

  /** The generated plans of {@link PlanGenerators#plans()}, marked by {@link #marked}. */
  public static Gen<SessionPlan> plans() {
    return PlanGenerators.plans().map(plan -> marked(plan));
  }

  /**
   * The same plan with a marker put before every free-text value, and every risk given a marked
   * owner, description and mitigation where it had none, so that every kind of free text is there
   * to leak. The generated text after each marker keeps the plan's variety of Unicode.
   */
  public static SessionPlan marked(SessionPlan plan) {
    List<RiskEntry> risks = new ArrayList<>();
    for (int i = 0; i < plan.risks().size(); i++) {
      RiskEntry risk = plan.risks().get(i);
      String at = "risks[" + i + "].";
      List<String> mitigations = new ArrayList<>();
      for (int m = 0; m < risk.mitigations().size(); m++) {
        mitigations.add(mark(at + "mitigations[" + m + "]", risk.mitigations().get(m)));
      }
      if (mitigations.isEmpty()) {
        mitigations.add(FreeText.marker(at + "mitigations[0]"));
      }
      risks.add(
          RiskEntry.builder()
              .from(risk)
              .mitigations(mitigations)
              .owner(mark(at + "owner", risk.owner().orElse("")))
              .description(mark(at + "description", risk.description().orElse("")))
              .build());
    }
    return SessionPlan.builder()
        .from(plan)
        .service(
            Service.builder()
                .from(plan.service())
                .name(mark("service.name", plan.service().name()))
                .build())
        .platform(
            Platform.builder()
                .from(plan.platform())
                .name(mark("platform.name", plan.platform().name()))
                .build())
        .risks(risks)
        .build();
  }

  private static String mark(String what, String text) {
    return text.isEmpty() ? FreeText.marker(what) : FreeText.marker(what) + " " + text;
  }
}
