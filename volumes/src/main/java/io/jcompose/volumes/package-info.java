/**
 * Named volumes and container mounts, planned purely: {@link io.jcompose.volumes.VolumePlanner} turns a Project
 * and the engine's {@link io.jcompose.volumes.ObservedVolume}s into a {@link io.jcompose.volumes.VolumePlan}
 * (a changed volume is a {@link io.jcompose.volumes.VolumeChange.VolumeDrift} until the user confirms), and
 * {@link io.jcompose.volumes.MountPlanner} gives each container's binds, mounts, tmpfs and volumes_from as a
 * {@link io.jcompose.volumes.MountPlan}. The engine module maps Engine API JSON onto the Observed records and
 * executes the plans; nothing here does I/O.
 */
package io.jcompose.volumes;
