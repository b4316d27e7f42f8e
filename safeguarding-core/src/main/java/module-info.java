/**
 * The model of a session plan and of the engine's answers, and the strict JSON contract for every
 * document.
 *
 * <p>Exported: the plan ({@code plan}), the assessment ({@code assessment}), the door's admission
 * ({@code admission}), the incident response plan ({@code response}), risk ratings ({@code risk})
 * and the typed JSON documents ({@code json}). The streaming reader and writer in {@code
 * internal.json} are exported to the rules module alone, which reads its rulebook with them; they
 * are not part of the public surface and may change in any release.
 */
module org.safeguarding.core {
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires static org.immutables.value;
  requires static transitive org.jspecify;

  exports org.safeguarding.core.plan;
  exports org.safeguarding.core.assessment;
  exports org.safeguarding.core.admission;
  exports org.safeguarding.core.response;
  exports org.safeguarding.core.risk;
  exports org.safeguarding.core.json;
  exports org.safeguarding.core.internal.checks to
      org.safeguarding.rules;
  exports org.safeguarding.core.internal.json to
      org.safeguarding.rules;
}
