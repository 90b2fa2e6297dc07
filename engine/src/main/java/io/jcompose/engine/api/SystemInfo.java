package io.jcompose.engine.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code GET /info}: what the engine is and holds. */
public record SystemInfo(
        @JsonProperty("ID") String id,
        @JsonProperty("Name") String name,
        @JsonProperty("ServerVersion") String serverVersion,
        @JsonProperty("Containers") int containers,
        @JsonProperty("ContainersRunning") int containersRunning,
        @JsonProperty("Images") int images,
        @JsonProperty("OperatingSystem") String operatingSystem,
        @JsonProperty("OSType") String osType,
        @JsonProperty("Architecture") String architecture,
        @JsonProperty("NCPU") int ncpu,
        @JsonProperty("MemTotal") long memTotal,
        @JsonProperty("Driver") String driver,
        @JsonProperty("DockerRootDir") String dockerRootDir,
        @JsonProperty("CgroupVersion") String cgroupVersion) {

    public SystemInfo {
        id = Absent.text(id);
        name = Absent.text(name);
        serverVersion = Absent.text(serverVersion);
        operatingSystem = Absent.text(operatingSystem);
        osType = Absent.text(osType);
        architecture = Absent.text(architecture);
        driver = Absent.text(driver);
        dockerRootDir = Absent.text(dockerRootDir);
        cgroupVersion = Absent.text(cgroupVersion);
    }
}
