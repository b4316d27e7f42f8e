package org.safeguarding.rules.internal.vetting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.core.plan.Check;
import org.safeguarding.core.plan.CheckLevel;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.Frequency;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.rules.SessionFacts;
import org.safeguarding.rules.internal.words.Catalogue;
import org.safeguarding.rules.rulebook.Audience;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * Works out which criminal-records check each member of staff needs, so that the vetting rules and
 * the door agree on it.
 *
 * <p>A member of staff needs the highest level any of their roles needs for any audience present
 * (children, adults at risk) at the session's frequency. Someone with no role is judged by the
 * strictest role, and so is a volunteer with nobody to supervise them: the rulebook's volunteer
 * level applies only to a volunteer whom another counted adult supervises, in a role other than
 * volunteer or external tutor and with a sufficient check of their own. PVG membership counts as
 * ENHANCED_BARRED. Without vulnerable participants no check is required.
 *
 * <p>Where the rulebook requires a scheme for the jurisdiction and frequency (PVG scheme membership
 * for regulated work in Scotland), every member of staff needs a check of that scheme, supervised
 * or not, still within the scheme's period: a membership older than that has lapsed.
 */
public final class CheckRequirements {

  private final SessionFacts facts;
  private final Rulebook rulebook;
  private final int supervisors;
  private final String onlySupervisor;
  private final Set<CheckScheme> requiredSchemes;

  private CheckRequirements(SessionFacts facts, Rulebook rulebook) {
    this.facts = facts;
    this.rulebook = rulebook;
    this.requiredSchemes =
        facts.hasVulnerable()
            ? rulebook.requiredSchemes(
                facts.plan().service().jurisdiction(), facts.plan().service().frequency())
            : Set.of();
    int count = 0;
    String only = "";
    if (facts.hasVulnerable()) {
      for (StaffMember member : facts.plan().staff()) {
        if (canSupervise(member)) {
          count++;
          only = member.id();
        }
      }
    }
    this.supervisors = count;
    this.onlySupervisor = only;
  }

  /**
   * Works out the requirements of a session's staff.
   *
   * @param facts the facts of the session
   * @param rulebook the rulebook
   * @return the requirements
   */
  public static CheckRequirements of(SessionFacts facts, Rulebook rulebook) {
    return new CheckRequirements(facts, rulebook);
  }

  /**
   * {@return the level a check counts as: PVG membership is ENHANCED_BARRED}
   *
   * @param check a check held by a member of staff
   */
  public static CheckLevel held(Check check) {
    return check.scheme() == CheckScheme.PVG ? CheckLevel.ENHANCED_BARRED : check.level();
  }

  /**
   * {@return "a basic check" or "an enhanced check with a barred-list check": a level in words with
   * its article, for messages}
   *
   * @param level a check level
   */
  public static String described(CheckLevel level) {
    return Catalogue.english().text("aCheck." + level.name());
  }

  /**
   * {@return "a DBS" or "an AccessNI": a scheme's name with its article, for messages}
   *
   * @param scheme a check scheme
   */
  public static String described(CheckScheme scheme) {
    return withArticle(schemeName(scheme));
  }

  private static String schemeName(CheckScheme scheme) {
    return Catalogue.english().text("schemeName." + scheme.name());
  }

  private static String withArticle(String name) {
    return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }

  /**
   * {@return why a member of staff's check does not meet the scheme the rulebook requires, in words
   * naming them; empty when it does, or when no scheme is required}
   *
   * @param member a member of staff on the plan
   */
  public Optional<String> schemeShortfall(StaffMember member) {
    if (meetsScheme(member)) {
      return Optional.empty();
    }
    String needed =
        facts.plan().service().frequency().name().toLowerCase(Locale.ROOT).replace('_', '-')
            + " work with vulnerable participants in "
            + place(facts.plan().service().jurisdiction())
            + " needs a current check of "
            + described(requiredSchemes);
    if (!facts.hasCheckInPlace(member)) {
      return Optional.of(member.id() + " has no check in place, and " + needed);
    }
    Check check = member.check().get();
    if (requiredSchemes.contains(check.scheme())) {
      return Optional.of(
          member.id()
              + "'s "
              + schemeName(check.scheme())
              + " check was issued on "
              + Catalogue.english()
                  .render("door.date", Map.of("date", check.issued().toString()), Optional.empty())
              + ", more than "
              + rulebook.checkValidYears(check.scheme())
              + " years before the session, so it has lapsed: "
              + needed);
    }
    return Optional.of(
        member.id() + " holds " + described(check.scheme()) + " check, but " + needed);
  }

  /** "Scotland", "Northern Ireland". */
  private static String place(Jurisdiction jurisdiction) {
    StringBuilder words = new StringBuilder();
    for (String word : jurisdiction.name().split("_")) {
      if (words.length() > 0) {
        words.append(' ');
      }
      words.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return words.toString();
  }

  /**
   * {@return "PVG", or "PVG or DBS": schemes one of which will do, for messages}
   *
   * @param schemes check schemes
   */
  public static String described(Set<CheckScheme> schemes) {
    List<String> names = new ArrayList<>(schemes.size());
    schemes.forEach(scheme -> names.add(schemeName(scheme)));
    return String.join(" or ", names);
  }

  /**
   * {@return whether a member of staff is a volunteer with nobody checked to supervise them}
   *
   * @param member a member of staff on the plan
   */
  public boolean isUnsupervisedVolunteer(StaffMember member) {
    return member.roles().contains(StaffRole.VOLUNTEER)
        && !(supervisors > 1 || (supervisors == 1 && !onlySupervisor.equals(member.id())));
  }

  /**
   * {@return the level of check a member of staff needs (BASIC when no vulnerable participant
   * comes)}
   *
   * @param member a member of staff on the plan
   */
  public CheckLevel required(StaffMember member) {
    return requiredLevel(member, member.roles().isEmpty() || isUnsupervisedVolunteer(member));
  }

  /**
   * {@return whether a member of staff holds the check they need: always, without vulnerable
   * participants; otherwise a check issued on or before the session date, of at least the required
   * level}
   *
   * @param member a member of staff on the plan
   */
  public boolean holdsRequiredCheck(StaffMember member) {
    if (!facts.hasVulnerable()) {
      return true;
    }
    return facts.hasCheckInPlace(member)
        && held(member.check().get()).isAtLeast(required(member))
        && meetsScheme(member);
  }

  /**
   * {@return the schemes one of which every member of staff must hold, current; empty when any will
   * do}
   */
  public Set<CheckScheme> requiredSchemes() {
    return requiredSchemes;
  }

  /**
   * {@return whether a member of staff's check meets the scheme the rulebook requires, if any: of
   * one of the required schemes, in place, and not older than that scheme's period}
   *
   * @param member a member of staff on the plan
   */
  public boolean meetsScheme(StaffMember member) {
    if (requiredSchemes.isEmpty()) {
      return true;
    }
    return facts.hasCheckInPlace(member)
        && requiredSchemes.contains(member.check().get().scheme())
        && !hasLapsed(member.check().get());
  }

  /**
   * {@return whether a check is older than its scheme's period at the session date}
   *
   * @param check a check held by a member of staff
   */
  public boolean hasLapsed(Check check) {
    return check
        .issued()
        .plusYears(rulebook.checkValidYears(check.scheme()))
        .isBefore(facts.asOf());
  }

  /**
   * {@return whether a member of staff holds the check they need only because someone supervises
   * them: a volunteer whose check meets the supervised volunteer's level but not the level they
   * would need unsupervised} At the door such a volunteer counts as an adult in the room only while
   * someone who can supervise them is there too.
   *
   * @param member a member of staff on the plan
   */
  public boolean reliesOnSupervision(StaffMember member) {
    return facts.hasVulnerable()
        && member.roles().contains(StaffRole.VOLUNTEER)
        && holdsRequiredCheck(member)
        && !held(member.check().get()).isAtLeast(requiredLevel(member, true));
  }

  /**
   * {@return whether a member of staff can supervise volunteers: a counted adult in a role other
   * than volunteer or external tutor, with a sufficient check of their own}
   *
   * @param member a member of staff on the plan
   */
  public boolean canSupervise(StaffMember member) {
    boolean supervisoryRole = false;
    for (StaffRole role : member.roles()) {
      supervisoryRole |= role != StaffRole.VOLUNTEER && role != StaffRole.EXTERNAL_TUTOR;
    }
    return supervisoryRole
        && facts.isCountedAdult(member)
        && held(member.check().get()).isAtLeast(requiredLevel(member, false))
        && meetsScheme(member);
  }

  /**
   * The highest level any of the member's roles needs for any audience present; with {@code
   * everyRole}, the highest any role needs.
   */
  private CheckLevel requiredLevel(StaffMember member, boolean everyRole) {
    Frequency frequency = facts.plan().service().frequency();
    CheckLevel required = CheckLevel.BASIC;
    for (Audience audience : Audience.values()) {
      boolean present =
          audience == Audience.CHILDREN ? facts.hasChildren() : facts.hasAdultsAtRisk();
      if (!present) {
        continue;
      }
      for (StaffRole role : everyRole ? List.of(StaffRole.values()) : member.roles()) {
        CheckLevel level = rulebook.requiredLevel(audience, frequency, role);
        if (level.compareTo(required) > 0) {
          required = level;
        }
      }
    }
    return required;
  }
}
