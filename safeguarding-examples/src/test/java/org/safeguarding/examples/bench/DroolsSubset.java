package org.safeguarding.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;
import org.safeguarding.core.plan.Consent;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.ConsentScope;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.risk.BandRange;
import org.safeguarding.examples.bench.DroolsFacts.BandRowFact;
import org.safeguarding.examples.bench.DroolsFacts.ConsentFact;
import org.safeguarding.examples.bench.DroolsFacts.ParticipantFact;
import org.safeguarding.examples.bench.DroolsFacts.RatioBandFact;
import org.safeguarding.examples.bench.DroolsFacts.RiskFact;
import org.safeguarding.examples.bench.DroolsFacts.SettingsFact;
import org.safeguarding.examples.bench.DroolsFacts.StaffFact;
import org.safeguarding.rules.rulebook.RatioBand;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * The rule subset in Drools 10.2.0: the rules are {@code subset.drl}, compiled once when this is
 * made into a {@link KieBase} (through {@link KieServices}, a {@link KieFileSystem} and a {@link
 * KieBuilder}); each plan gets a fresh stateful {@link KieSession}, with the plan's people,
 * consents and risks and the rulebook's numbers inserted as facts ({@link DroolsFacts}), the rules
 * fired, and the findings collected through the {@code answer} global.
 *
 * <p>Two ways to compile the same DRL:
 *
 * <ul>
 *   <li>{@link Mode#DRL}: the classic build of the DRL at start-up ({@code drools-mvel}).
 *   <li>{@link Mode#EXECUTABLE_MODEL}: the executable model ({@code drools-model-codegen}),
 *       generated from the DRL as Java source and compiled in memory at start-up. Usually it is
 *       generated at build time by the {@code kie-maven-plugin}; here it is made at start-up, so
 *       only its run time is comparable.
 * </ul>
 */
final class DroolsSubset implements RuleSubset {

  /** How the DRL is compiled. */
  enum Mode {
    DRL,
    EXECUTABLE_MODEL
  }

  private static final String DRL = "org/safeguarding/examples/bench/subset.drl";

  private final Rulebook rulebook;
  private final Mode mode;
  private final KieBase kieBase;
  private final List<Object> referenceFacts;

  DroolsSubset(Rulebook rulebook, Mode mode) {
    this.rulebook = rulebook;
    this.mode = mode;
    this.kieBase = compile(mode);
    List<Object> reference = new ArrayList<>();
    List<RatioBand> bands = rulebook.ratioBands();
    for (int i = 0; i < bands.size(); i++) {
      RatioBand band = bands.get(i);
      reference.add(new RatioBandFact(i, band.fromAge(), band.toAge(), band.childrenPerAdult()));
    }
    for (BandRange row : rulebook.riskMatrix().bands().rows()) {
      reference.add(new BandRowFact(row.lowest(), row.highest(), row.band()));
    }
    this.referenceFacts = List.copyOf(reference);
  }

  @Override
  public String engine() {
    return mode == Mode.DRL ? "drools" : "drools-executable-model";
  }

  @Override
  public SubsetAnswer answer(SessionPlan plan) {
    RuleSubset.requireInScope(plan);
    SubsetAnswer.Builder answer = SubsetAnswer.builder();
    KieSession session = kieBase.newKieSession();
    try {
      session.setGlobal("answer", answer);
      long asOf = plan.start().atZone(rulebook.timeZone()).toLocalDate().toEpochDay();
      session.insert(
          new SettingsFact(
              asOf,
              rulebook.digitalConsentAge(plan.service().jurisdiction()),
              rulebook.adultAge(),
              rulebook.minimumAdults(),
              rulebook.adultsAtRiskPerAdult(),
              rulebook.adultsWithoutVulnerable()));
      for (Object fact : referenceFacts) {
        session.insert(fact);
      }
      for (Participant participant : plan.participants()) {
        boolean ageKnown = participant.age().isPresent();
        session.insert(
            new ParticipantFact(
                participant.id(),
                ageKnown,
                ageKnown ? participant.age().getAsInt() : 0,
                participant.atRisk()));
        for (Consent consent : participant.consents()) {
          session.insert(
              new ConsentFact(
                  participant.id(),
                  consent.givenBy() == ConsentGiver.PARENT_OR_CARER,
                  consent.covers().contains(ConsentScope.PARTICIPATION),
                  rulebook.verifiedParentalConsent().contains(consent.verification()),
                  consent.given().toEpochDay(),
                  consent.withdrawn().map(LocalDate::toEpochDay).orElse(ConsentFact.NEVER)));
        }
      }
      for (StaffMember member : plan.staff()) {
        boolean ageKnown = member.age().isPresent();
        // A check under a scheme that does not apply in the jurisdiction is no check.
        boolean checked =
            member.check().isPresent()
                && rulebook
                    .acceptedSchemes(plan.service().jurisdiction())
                    .contains(member.check().get().scheme());
        session.insert(
            new StaffFact(
                member.id(),
                ageKnown,
                ageKnown ? member.age().getAsInt() : 0,
                checked,
                checked ? member.check().get().issued().toEpochDay() : 0));
      }
      for (RiskEntry risk : plan.risks()) {
        boolean residual = risk.residualLikelihood().isPresent();
        session.insert(
            new RiskFact(
                risk.id(),
                risk.likelihood(),
                risk.severity(),
                residual,
                residual ? risk.residualLikelihood().getAsInt() : 0,
                residual ? risk.residualSeverity().getAsInt() : 0));
      }
      session.fireAllRules();
    } finally {
      session.dispose();
    }
    return answer.build();
  }

  private static KieBase compile(Mode mode) {
    KieServices services = KieServices.get();
    ReleaseId release =
        services.newReleaseId(
            "org.safeguarding.bench", "subset-" + mode.name().toLowerCase(Locale.ROOT), "1.0.0");
    KieFileSystem files = services.newKieFileSystem();
    files.generateAndWritePomXML(release);
    files.write("src/main/resources/" + DRL, readDrl());
    KieBuilder builder = services.newKieBuilder(files);
    if (mode == Mode.EXECUTABLE_MODEL) {
      builder.buildAll(ExecutableModelProject.class);
    } else {
      builder.buildAll();
    }
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new IllegalStateException(DRL + " does not compile (" + mode + "): " + errors);
    }
    return services.newKieContainer(release).getKieBase();
  }

  private static String readDrl() {
    try (InputStream in =
        Objects.requireNonNull(
            DroolsSubset.class.getClassLoader().getResourceAsStream(DRL),
            DRL + " is not on the class path")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
