package org.safeguarding.examples.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The OpenAPI 3.1 document of the service, shipped beside it. */
public final class OpenApi {

  private OpenApi() {}

  /**
   * {@return the document's JSON text}
   *
   * @throws IllegalStateException if it is missing from the jar
   */
  public static String document() {
    try (InputStream in = OpenApi.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("the OpenAPI document is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenAPI document", e);
    }
  }
}
