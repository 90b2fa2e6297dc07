/**
 * The Engine API client. Connect once, use the endpoint groups asynchronously, close at the end:
 *
 * <pre>{@code
 * try (EngineClient engine = Engine.connect(EngineOptions.fromEnvironment().withParallelLimit(4))) {
 *     EventSubscription events = engine.events().subscribe(
 *             Map.of("type", List.of("container"), "label", List.of("com.docker.compose.project=demo")),
 *             event -> ...);                                   // on the engine loop
 *     engine.await(events.opened());                          // subscribe first, then act
 *     String id = engine.await(engine.containers().create("demo-web-1",
 *             ContainerCreateBody.image("busybox").cmd(List.of("sleep", "60"))));
 *     engine.await(engine.containers().start(id));
 * }
 * }</pre>
 *
 * Calls and body-less streams go over the JDK's own sockets; Vert.x starts only for streamed request
 * bodies and hijacked attach/exec connections. Every answer, timer and stream chunk is handled on one
 * thread, the {@link io.jcompose.engine.transport.EngineLoop}'s.
 *
 * Every failure is an {@link io.jcompose.engine.EngineException} whose message says what was being
 * done and why ("creating network demo_default: ..."), or an
 * {@link io.jcompose.engine.EngineUnreachableException} listing every endpoint tried.
 */
package io.jcompose.engine;
