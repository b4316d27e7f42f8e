package org.safeguarding.examples.service;

import java.nio.charset.StandardCharsets;

/**
 * What a route answers: a status, a media type and the body, whole. Answers are small (a report is
 * tens of kilobytes), so each is written in one go with its length.
 */
final class Answer {

  static final String JSON = "application/json";

  private final int status;
  private final String mediaType;
  private final byte[] body;

  Answer(int status, String mediaType, byte[] body) {
    this.status = status;
    this.mediaType = mediaType;
    this.body = body;
  }

  int status() {
    return status;
  }

  String mediaType() {
    return mediaType;
  }

  /** The body, not copied: an answer is written once and then dropped. */
  byte[] body() {
    return body;
  }

  static Answer json(String json) {
    return new Answer(200, JSON, json.getBytes(StandardCharsets.UTF_8));
  }

  static Answer of(String mediaType, String text) {
    return new Answer(200, mediaType, text.getBytes(StandardCharsets.UTF_8));
  }
}
