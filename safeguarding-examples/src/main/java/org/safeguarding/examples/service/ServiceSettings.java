package org.safeguarding.examples.service;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the service listens and what it bears: the address, the limits and timeouts that keep a
 * hostile or slow client from holding it, the optional bearer token and the origins a browser may
 * call it from.
 *
 * @param bind the address to listen on; loopback unless a deployment names another
 * @param port the port, or 0 for any free port
 * @param maxBody the largest request body, in bytes
 * @param threads how many requests are worked on at once
 * @param queue how many more requests may wait for a worker before the service answers 503
 * @param queueWait how long a request may wait for a worker before it is answered 503
 * @param idleTimeout how long a connection may send or receive nothing before it is closed
 * @param readTimeout how long a request's body may take to arrive, however it trickles
 * @param stopTimeout how long a stop waits for requests in flight to finish
 * @param token the bearer token every {@code /v1} call must carry, or null for none
 * @param allowOrigins the browser origins allowed to call the service (CORS); none by default
 */
public record ServiceSettings(
    String bind,
    int port,
    long maxBody,
    int threads,
    int queue,
    Duration queueWait,
    Duration idleTimeout,
    Duration readTimeout,
    Duration stopTimeout,
    @Nullable BearerToken token,
    List<String> allowOrigins) {

  /** The default body limit: 16 MiB, room for a plan of about 20,000 participants. */
  public static final long DEFAULT_MAX_BODY = 16L * 1024 * 1024;

  /**
   * Checks every setting.
   *
   * @param bind the address
   * @param port the port, or 0
   * @param maxBody the largest body, in bytes
   * @param threads the workers
   * @param queue how many may wait for a worker
   * @param queueWait how long they may wait
   * @param idleTimeout how long a connection may be silent
   * @param readTimeout how long a body may take
   * @param stopTimeout how long a stop waits
   * @param token the bearer token, or null
   * @param allowOrigins the origins allowed
   */
  public ServiceSettings {
    Objects.requireNonNull(bind, "bind");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("the port must be from 0 to 65535");
    }
    if (maxBody < 1) {
      throw new IllegalArgumentException("the body limit must be at least one byte");
    }
    if (threads < 1 || threads > 1_000) {
      throw new IllegalArgumentException("the threads must be from 1 to 1000");
    }
    if (queue < 0) {
      throw new IllegalArgumentException("the queue cannot be negative");
    }
    for (Duration duration : List.of(queueWait, idleTimeout, readTimeout, stopTimeout)) {
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("every timeout must be longer than zero");
      }
    }
    allowOrigins = List.copyOf(allowOrigins);
  }

  /**
   * The defaults: loopback, any free port, a 16 MiB body, eight workers and 64 waiting, half a
   * second's wait for a worker, 30 seconds idle, 10 seconds to send a body, 30 seconds to stop; no
   * token and no CORS.
   *
   * @return the defaults
   */
  public static ServiceSettings defaults() {
    return new ServiceSettings(
        "127.0.0.1",
        0,
        DEFAULT_MAX_BODY,
        8,
        64,
        Duration.ofMillis(500),
        Duration.ofSeconds(30),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        null,
        List.of());
  }

  /**
   * Returns these settings on another port.
   *
   * @param port the new value
   * @return the settings
   */
  public ServiceSettings withPort(int port) {
    return new ServiceSettings(
        bind,
        port,
        maxBody,
        threads,
        queue,
        queueWait,
        idleTimeout,
        readTimeout,
        stopTimeout,
        token,
        allowOrigins);
  }

  /**
   * Returns these settings with another body limit.
   *
   * @param maxBody the new value
   * @return the settings
   */
  public ServiceSettings withMaxBody(long maxBody) {
    return new ServiceSettings(
        bind,
        port,
        maxBody,
        threads,
        queue,
        queueWait,
        idleTimeout,
        readTimeout,
        stopTimeout,
        token,
        allowOrigins);
  }

  /**
   * Returns these settings with other workers and queue.
   *
   * @param threads the new value
   * @param queue the new value
   * @param queueWait the new value
   * @return the settings
   */
  public ServiceSettings withWorkers(int threads, int queue, Duration queueWait) {
    return new ServiceSettings(
        bind,
        port,
        maxBody,
        threads,
        queue,
        queueWait,
        idleTimeout,
        readTimeout,
        stopTimeout,
        token,
        allowOrigins);
  }

  /**
   * Returns these settings with other timeouts.
   *
   * @param idleTimeout the new value
   * @param readTimeout the new value
   * @param stopTimeout the new value
   * @return the settings
   */
  public ServiceSettings withTimeouts(
      Duration idleTimeout, Duration readTimeout, Duration stopTimeout) {
    return new ServiceSettings(
        bind,
        port,
        maxBody,
        threads,
        queue,
        queueWait,
        idleTimeout,
        readTimeout,
        stopTimeout,
        token,
        allowOrigins);
  }

  /**
   * Returns these settings with a bearer token.
   *
   * @param token the new value
   * @return the settings
   */
  public ServiceSettings withToken(@Nullable BearerToken token) {
    return new ServiceSettings(
        bind,
        port,
        maxBody,
        threads,
        queue,
        queueWait,
        idleTimeout,
        readTimeout,
        stopTimeout,
        token,
        allowOrigins);
  }

  /**
   * Returns these settings allowing browsers from {@code origins}.
   *
   * @param origins the origins, such as {@code https://crm.example.org}
   * @return the settings
   */
  public ServiceSettings withAllowOrigins(List<String> origins) {
    return new ServiceSettings(
        bind,
        port,
        maxBody,
        threads,
        queue,
        queueWait,
        idleTimeout,
        readTimeout,
        stopTimeout,
        token,
        origins);
  }

  /**
   * Returns these settings bound to another address.
   *
   * @param bind the new value
   * @return the settings
   */
  public ServiceSettings withBind(String bind) {
    return new ServiceSettings(
        bind,
        port,
        maxBody,
        threads,
        queue,
        queueWait,
        idleTimeout,
        readTimeout,
        stopTimeout,
        token,
        allowOrigins);
  }
}
