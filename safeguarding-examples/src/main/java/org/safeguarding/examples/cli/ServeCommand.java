package org.safeguarding.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.safeguarding.examples.service.BearerToken;
import org.safeguarding.examples.service.SafeguardingService;
import org.safeguarding.examples.service.ServiceSettings;
import org.safeguarding.rules.SafeguardingEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code safeguarding serve}: the engine as a long-running, stateless HTTP service. */
@Command(
    name = "serve",
    description = {
      "Serve the engine over HTTP for tools in any language: POST a plan to /v1/assessments, "
          + "{\"plan\", \"room\", \"person\"} to /v1/admissions, {\"plan\", \"incident\"} to "
          + "/v1/responses; JSON answers, or reports by Accept (text/html, text/markdown, "
          + "text/plain); errors as application/problem+json. GET /openapi.json describes every "
          + "route. Prints the address it listens on, then one line per request (never a body). "
          + "Stops on SIGTERM or Ctrl-C once the requests in flight are answered."
    },
    footer = {
      "",
      "Example: safeguarding serve --port 8080, then",
      "  curl -s -H 'Content-Type: application/json' --data-binary @plan.json "
          + "http://127.0.0.1:8080/v1/assessments",
      "Exit codes: 0 stopped; 2 invalid rulebook; 1 anything else (such as a port in use)."
    })
final class ServeCommand implements Callable<Integer> {

  @Mixin HelpOption help;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "The port to listen on (default 8080); 0 takes any free port.")
  int port = 8080;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description =
          "The address to listen on (default 127.0.0.1, this machine only); 0.0.0.0 for every "
              + "interface, as in a container.")
  String bind = "127.0.0.1";

  @Option(
      names = "--max-body",
      paramLabel = "SIZE",
      defaultValue = "16MiB",
      converter = Size.class,
      description =
          "The largest request body (default 16MiB): bytes, or with KiB or MiB. A larger body is "
              + "refused with 413 before the rest is read.")
  long maxBody = ServiceSettings.DEFAULT_MAX_BODY;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "8",
      description = "How many requests are worked on at once (default 8).")
  int threads = 8;

  @Option(
      names = "--queue",
      paramLabel = "N",
      defaultValue = "64",
      description =
          "How many more may wait for a worker, for half a second at most (default 64); past "
              + "that the service answers 503.")
  int queue = 64;

  @Option(
      names = "--read-timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "How long a request's body may take to arrive (default 10).")
  int readTimeout = 10;

  @Option(
      names = "--idle-timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "How long a connection may stay silent before it is closed (default 30).")
  int idleTimeout = 30;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description =
          "Require 'Authorization: Bearer TOKEN' on every /v1 call, TOKEN being this file's "
              + "first line (at least 16 visible characters). Health checks and /openapi.json "
              + "need no token.")
  @Nullable Path tokenFile;

  @Option(
      names = "--allow-origin",
      paramLabel = "ORIGIN",
      description =
          "Let web pages from this origin (such as https://crm.example.org) call the service; "
              + "repeat for more. No origin is allowed otherwise.")
  List<String> allowOrigins = new ArrayList<>();

  @Mixin RulebookOption rulebook;

  private final Terminal terminal;

  ServeCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws InterruptedException {
    SafeguardingEngine engine = rulebook.engine();
    ServiceSettings settings =
        ServiceSettings.defaults()
            .withBind(bind)
            .withPort(port)
            .withMaxBody(maxBody)
            .withWorkers(threads, queue, Duration.ofMillis(500))
            .withTimeouts(
                Duration.ofSeconds(idleTimeout),
                Duration.ofSeconds(readTimeout),
                Duration.ofSeconds(30))
            .withToken(tokenFile == null ? null : BearerToken.read(tokenFile))
            .withAllowOrigins(allowOrigins);
    SafeguardingService service = SafeguardingService.start(engine, settings, this::print);
    service.stopOnShutdown();
    print(
        "safeguarding service listening on "
            + service.uri()
            + " (rulebook "
            + engine.rulebook().id().name()
            + " "
            + engine.rulebook().id().version()
            + (settings.token() == null ? "" : ", bearer token required")
            + ")");
    service.join();
    return SafeguardingCli.OK;
  }

  /** Prints a line at once, whole: workers log their requests side by side. */
  private void print(String line) {
    PrintWriter out = terminal.out();
    synchronized (out) {
      out.println(line);
      out.flush();
    }
  }

  /** A size in bytes: a number, or a number with KiB or MiB. */
  static final class Size implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String text = value.strip().toLowerCase(Locale.ROOT);
      long unit = 1;
      if (text.endsWith("kib")) {
        unit = 1024;
        text = text.substring(0, text.length() - 3);
      } else if (text.endsWith("mib")) {
        unit = 1024 * 1024;
        text = text.substring(0, text.length() - 3);
      }
      try {
        long size = Math.multiplyExact(Long.parseLong(text.strip()), unit);
        if (size < 1 || size > 256L * 1024 * 1024) {
          throw new TypeConversionException("expected a size from 1 byte to 256MiB");
        }
        return size;
      } catch (NumberFormatException | ArithmeticException e) {
        throw new TypeConversionException("expected a size such as 16MiB, 512KiB or 65536");
      }
    }
  }
}
