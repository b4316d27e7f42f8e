package org.safeguarding.examples.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.safeguarding.rules.SafeguardingEngine;

/**
 * The HTTP service: one engine, built once, answering JSON calls on Jetty. Stateless, so any number
 * of identical replicas can stand behind a load balancer.
 *
 * <pre>{@code
 * try (SafeguardingService service =
 *     SafeguardingService.start(SafeguardingEngine.ukDefault(), ServiceSettings.defaults(),
 *         System.out::println)) {
 *   URI base = service.uri(); // http://127.0.0.1:PORT/
 *   ...
 * }
 * }</pre>
 *
 * <p>At most {@link ServiceSettings#threads()} requests are worked on at once, and {@link
 * ServiceSettings#queue()} more wait up to {@link ServiceSettings#queueWait()} for a worker; past
 * that the service answers 503 at once. A stop lets the requests in flight finish (up to {@link
 * ServiceSettings#stopTimeout()}) and answers new ones 503.
 */
public final class SafeguardingService implements AutoCloseable {

  /** Threads Jetty needs beside the workers: one acceptor, one selector and a margin. */
  private static final int JETTY_THREADS = 6;

  private final Server server;
  private final ServerConnector connector;

  private SafeguardingService(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /**
   * Starts the service.
   *
   * @param engine the engine that judges every call
   * @param settings how to listen, and the limits
   * @param accessLog takes each request's line, from any worker thread
   * @return the running service
   * @throws UncheckedIOException if it cannot listen at the address and port
   */
  public static SafeguardingService start(
      SafeguardingEngine engine, ServiceSettings settings, Consumer<String> accessLog) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(accessLog, "accessLog");
    QueuedThreadPool workers =
        new QueuedThreadPool(settings.threads() + JETTY_THREADS, Math.min(4, settings.threads()));
    workers.setName("safeguarding");
    workers.setReservedThreads(0);
    Server server = new Server(workers);

    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(settings.bind());
    connector.setPort(settings.port());
    connector.setIdleTimeout(settings.idleTimeout().toMillis());
    server.addConnector(connector);

    GracefulHandler graceful = new GracefulHandler();
    QoSHandler workersOnly = new QoSHandler();
    workersOnly.setMaxRequestCount(settings.threads());
    workersOnly.setMaxSuspendedRequestCount(settings.queue());
    workersOnly.setMaxSuspend(settings.queueWait());
    Endpoints endpoints = new Endpoints(engine, settings, () -> !graceful.isShutdown());
    workersOnly.setHandler(new ApiHandler(endpoints, settings));
    graceful.setHandler(workersOnly);
    server.setHandler(graceful);
    server.setErrorHandler(new ProblemErrorHandler());
    server.setRequestLog(new AccessLog(accessLog));
    server.setStopTimeout(settings.stopTimeout().toMillis());
    try {
      server.start();
    } catch (IOException e) {
      stopQuietly(server);
      throw new UncheckedIOException(
          "cannot listen on " + settings.bind() + ":" + settings.port() + ": " + e.getMessage(), e);
    } catch (Exception e) {
      stopQuietly(server);
      throw new IllegalStateException("cannot start the service: " + e, e);
    }
    return new SafeguardingService(server, connector);
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception ignored) {
      // Starting failed; that is the failure to report.
    }
  }

  /** {@return the port the service listens on} */
  public int port() {
    return connector.getLocalPort();
  }

  /** {@return the service's base address, such as {@code http://127.0.0.1:8080/}} */
  public URI uri() {
    String host = Objects.requireNonNullElse(connector.getHost(), "127.0.0.1");
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + shown + ":" + port() + "/");
  }

  /**
   * Stops the service when the process is asked to (SIGTERM, or the end of {@code main}), letting
   * the requests in flight finish first.
   */
  public void stopOnShutdown() {
    server.setStopAtShutdown(true);
  }

  /**
   * Waits until the service has stopped.
   *
   * @throws InterruptedException if the wait is interrupted
   */
  public void join() throws InterruptedException {
    server.join();
  }

  /** Stops the service, letting the requests in flight finish (up to the stop timeout). */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the service did not stop cleanly: " + e, e);
    }
  }
}
