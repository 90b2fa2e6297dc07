/**
 * Building service images with the engine's classic builder ({@code POST /build}):
 *
 * <pre>{@code
 * List<ImageBuild> builds = ImageBuild.plan(project, serviceNames,
 *         BuildSettings.defaults(ClientVersion.current(), System.getenv()));   // refuses BuildKit-only attributes
 * Map<String, String> imageIds = engine.await(new ClassicBuilder(engine)
 *         .buildAll(builds, (build, line) -> err.println("[" + build.name() + "] " + line)));
 * }</pre>
 *
 * A {@link io.jcompose.engine.build.BuildOutput} hears each build start, its output lines and its end (the live
 * view of the CLI draws one line per build from these).
 *
 * {@link io.jcompose.engine.build.BuildContext} turns a context directory into a deterministic tar
 * filtered by {@link io.jcompose.engine.build.DockerIgnore}; {@link io.jcompose.engine.build.ContextStream}
 * streams it with bounded memory. Failures are {@link io.jcompose.engine.build.BuildException}s whose
 * message names the service, the failed step and its last output lines.
 */
package io.jcompose.engine.build;
