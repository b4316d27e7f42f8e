package org.safeguarding.rules;

/**
 * The guidance the built-in rules cite, by the names a finding's {@code sources} carry: the five
 * seed pages by file name, and the references by their short names. {@code docs/rules.md} says what
 * each one is.
 */
public final class Sources {

  /** RVA (2021): risk assessment in three areas, the risk register, the incident procedure. */
  public static final String RISK_ASSESSMENT_GUIDE = "000_3dddd593c964c21c.txt";

  /** Safe recruitment, consent under and over 13, one-to-one working, record keeping. */
  public static final String CONSENT_AND_RECRUITMENT_GUIDE = "001_d742c0c78f7cd9a6.txt";

  /** Platform questions, code of conduct, personal profiles, incident recording. */
  public static final String PLATFORM_QUESTIONS_GUIDE = "002_1b593fe3a02e342f.txt";

  /** Remit, Zoom settings, one-to-one, bedrooms, attendance and chat records. */
  public static final String SESSION_SETTINGS_GUIDE = "003_7a0681ace7743829.txt";

  /** Interactivity, registration, a second administrator, holding screen, the lead, surnames. */
  public static final String RUNNING_SESSIONS_GUIDE = "004_52b8e39a9fac98a1.txt";

  /** National Patient Safety Agency, "A risk matrix for risk managers" (2008). */
  public static final String NPSA_2008 = "NPSA 2008";

  /** Catalyst DigiSafe, "Assess risk": the living risk register. */
  public static final String CATALYST_DIGISAFE = "Catalyst DigiSafe";

  /** NSPCC Learning, "Recommended adult to child ratios" (2023). */
  public static final String NSPCC_RATIOS = "NSPCC ratios";

  /** The Scouts, "Scouting online safely". */
  public static final String SCOUTS_ONLINE = "Scouts online";

  /** UK GDPR Article 8 and Data Protection Act 2018 s9: the age of digital consent. */
  public static final String UK_GDPR_ART_8 = "UK GDPR Art 8 / DPA 2018 s9";

  /** The Mental Capacity Act 2005 (England and Wales). */
  public static final String MCA_2005 = "MCA 2005";

  /** NSPCC briefing on Gillick competence. */
  public static final String GILLICK = "Gillick";

  /** Care Act 2014 s42: adults at risk. */
  public static final String CARE_ACT_2014 = "Care Act 2014 s42";

  /** The Disclosure and Barring Service (England and Wales). */
  public static final String DBS = "DBS";

  /** AccessNI (Northern Ireland). */
  public static final String ACCESSNI = "AccessNI";

  /** Disclosure Scotland and the PVG scheme (Scotland). */
  public static final String DISCLOSURE_SCOTLAND_PVG = "Disclosure Scotland / PVG";

  /** CIS Zoom Benchmark v1.0.0. */
  public static final String CIS_ZOOM = "CIS Zoom Benchmark v1.0.0";

  /** Microsoft Teams meeting options. */
  public static final String MICROSOFT_TEAMS = "Microsoft Teams";

  /** NSPCC guidance on recording online sessions. */
  public static final String NSPCC_RECORDING = "NSPCC recording guidance";

  /**
   * The Wales Safeguarding Procedures (children at risk, reporting): parents and the child are
   * normally told about a report, unless that would put the child at risk of harm or jeopardise a
   * police investigation; the person managing the report decides, and records why.
   */
  public static final String WALES_SAFEGUARDING_PROCEDURES = "Wales Safeguarding Procedures";

  /**
   * Working Together to Safeguard Children 2023 (England): work with parents unless that is
   * inconsistent with the child's safety.
   */
  public static final String WORKING_TOGETHER_2023 = "Working Together to Safeguard Children 2023";

  /**
   * NSPCC Learning, "Recognising and responding to abuse" (2023): take every disclosure seriously,
   * do not promise confidentiality, record what was said, pass it to the safeguarding lead.
   */
  public static final String NSPCC_RESPONDING_TO_ABUSE =
      "NSPCC Learning, \"Recognising and responding to abuse\"";

  private Sources() {}
}
