package org.safeguarding.examples.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.safeguarding.examples.plans.ExamplePlans;
import org.safeguarding.rules.SafeguardingEngine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A running service on an ephemeral port and the JDK's HTTP client, as a tool in another language
 * would call it: real sockets, real HTTP.
 */
final class Calls implements AutoCloseable {

  static final JsonMapper JSON = JsonMapper.builder().build();

  final SafeguardingService service;
  final HttpClient client;
  final List<String> log = Collections.synchronizedList(new ArrayList<>());

  Calls(ServiceSettings settings) {
    this(SafeguardingEngine.ukDefault(), settings);
  }

  Calls(SafeguardingEngine engine, ServiceSettings settings) {
    this.service = SafeguardingService.start(engine, settings.withPort(0), log::add);
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  URI uri(String path) {
    return service.uri().resolve(path.substring(1));
  }

  HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    return send(headers.length == 0 ? request : request.headers(headers));
  }

  /** Posts JSON, as application/json, with any more headers. */
  HttpResponse<String> post(String path, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return send(headers.length == 0 ? request : request.headers(headers));
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  /** A bundled example plan's JSON text, as shipped. */
  static String plan(String name) {
    try (InputStream in = ExamplePlans.open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled incident's JSON text. */
  static String incident() {
    try (InputStream in =
        Calls.class.getResourceAsStream(
            "/org/safeguarding/examples/incidents/youth-club-distress.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    service.close();
  }
}
