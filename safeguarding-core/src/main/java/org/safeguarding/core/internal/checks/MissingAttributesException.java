package org.safeguarding.core.internal.checks;

import java.util.List;

/**
 * What a value type's generated builder throws when required attributes were never set, naming them
 * in the order the type declares them. It never reaches callers: each value type's {@code
 * Builder.build()} goes through {@link StructureChecks#build}, which reports it as an {@link
 * InvalidPlanException} with one problem per attribute.
 *
 * <p>Public only because the builders that Immutables writes, in every package of the model,
 * construct it: the value style names it as the exception for an invalid state, and Immutables
 * passes the names of the missing attributes to a public constructor taking a {@code String[]}.
 */
public final class MissingAttributesException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The names of the attributes left unset. */
  @SuppressWarnings("serial") // An unmodifiable list of strings: serializable as List.of makes it.
  private final List<String> attributes;

  /**
   * Creates the exception.
   *
   * @param attributes the names of the attributes left unset
   */
  public MissingAttributesException(String... attributes) {
    super("required attributes are not set: " + String.join(", ", attributes));
    this.attributes = List.of(attributes);
  }

  /** {@return the names of the attributes left unset, in the order the value type declares them} */
  List<String> attributes() {
    return attributes;
  }
}
