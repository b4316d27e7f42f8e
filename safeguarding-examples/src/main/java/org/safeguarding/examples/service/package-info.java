/**
 * The HTTP service, {@code safeguarding serve}: the engine's answers as JSON and reports over HTTP,
 * for tools in any language. Stateless: nothing is kept between requests, so identical replicas
 * scale out behind any load balancer.
 */
@NullMarked
package org.safeguarding.examples.service;

import org.jspecify.annotations.NullMarked;
