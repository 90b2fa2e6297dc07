/**
 * The project's networks, planned purely: {@link io.jcompose.network.NetworkPlanner} turns a Project and the
 * engine's {@link io.jcompose.network.ObservedNetwork}s into a {@link io.jcompose.network.NetworkPlan} of
 * {@link io.jcompose.network.NetworkChange}s (each printing as one golden line), and
 * {@link io.jcompose.network.ServiceNetworking} says how a service's containers join them. The engine module maps
 * Engine API JSON onto the Observed records and executes the changes; nothing here does I/O.
 */
package io.jcompose.network;
