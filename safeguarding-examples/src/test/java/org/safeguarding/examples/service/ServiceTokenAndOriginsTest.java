package org.safeguarding.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.examples.service.ServiceRoutesTest.assertProblem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bearer token and the browser origins a service is given. */
class ServiceTokenAndOriginsTest {

  private static final String TOKEN = "s3cret-token-0123456789";
  private static final String ORIGIN = "https://crm.example.org";

  private static Calls calls;

  @BeforeAll
  static void start() {
    calls =
        new Calls(
            ServiceSettings.defaults()
                .withToken(BearerToken.of(TOKEN))
                .withAllowOrigins(List.of(ORIGIN)));
  }

  @AfterAll
  static void stop() {
    calls.close();
  }

  @Test
  void everyV1CallNeedsTheTokenAndAWrongOneSaysNoMoreThanAMissingOne() {
    HttpResponse<String> none = calls.get("/v1/rules");
    HttpResponse<String> wrong = calls.get("/v1/rules", "Authorization", "Bearer nope");
    HttpResponse<String> close =
        calls.get("/v1/rules", "Authorization", "Bearer " + TOKEN.substring(1));
    HttpResponse<String> basic = calls.get("/v1/rules", "Authorization", "Basic " + TOKEN);

    for (HttpResponse<String> refused : List.of(none, wrong, close, basic)) {
      assertProblem(refused, 401, "/problems/unauthorized");
      assertThat(refused.headers().firstValue("WWW-Authenticate"))
          .hasValue("Bearer realm=\"safeguarding\"");
      assertThat(refused.body()).isEqualTo(none.body());
    }
    HttpResponse<String> posted =
        calls.post("/v1/assessments", Calls.plan("youth-club"), "Authorization", "Bearer x");
    assertProblem(posted, 401, "/problems/unauthorized");
  }

  @Test
  void theRightTokenIsLetIn() {
    assertThat(calls.get("/v1/rules", "Authorization", "Bearer " + TOKEN).statusCode())
        .isEqualTo(200);
    assertThat(
            calls
                .post(
                    "/v1/assessments", Calls.plan("youth-club"), "Authorization", "bearer " + TOKEN)
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void healthChecksAndTheDescriptionNeedNoToken() {
    assertThat(calls.get("/healthz").statusCode()).isEqualTo(200);
    assertThat(calls.get("/readyz").statusCode()).isEqualTo(200);
    assertThat(calls.get("/openapi.json").statusCode()).isEqualTo(200);
  }

  @Test
  void anAllowedOriginIsToldSoAndAnotherIsNot() {
    HttpResponse<String> allowed = calls.get("/healthz", "Origin", ORIGIN);
    HttpResponse<String> other = calls.get("/healthz", "Origin", "https://evil.example");

    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void aPreflightFromAnAllowedOriginIsAnsweredAndFromAnotherIsNot() {
    HttpResponse<String> allowed = calls.send(preflight(ORIGIN));
    HttpResponse<String> other = calls.send(preflight("https://evil.example"));

    assertThat(allowed.statusCode()).isEqualTo(204);
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods")).hasValue("POST");
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers"))
        .hasValueSatisfying(headers -> assertThat(headers).contains("Authorization"));
    assertThat(other.statusCode()).isEqualTo(405);
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void aTokenTooShortToProtectAnythingIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> BearerToken.of("short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 16");
    assertThat(BearerToken.of(TOKEN).toString()).doesNotContain(TOKEN);
  }

  private HttpRequest.Builder preflight(String origin) {
    return HttpRequest.newBuilder(calls.uri("/v1/assessments"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization, content-type");
  }
}
