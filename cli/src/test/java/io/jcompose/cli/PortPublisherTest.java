package io.jcompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PortPublisherTest {

    @Test
    void mappingWithDifferentNumbersShowsBothSides() {
        assertThat(PortPublisher.display(List.of(new PortPublisher("127.0.0.1", 80, 8080, "tcp"))))
                .isEqualTo("127.0.0.1:8080->80/tcp");
    }

    @Test
    void exposedPortsShowOnlyTheContainerSide() {
        assertThat(PortPublisher.display(List.of(new PortPublisher("", 443, 0, "tcp"),
                new PortPublisher("", 53, 0, "udp")))).isEqualTo("53/udp, 443/tcp");
    }

    @Test
    void consecutiveSameNumberedPortsBecomeARange() {
        assertThat(PortPublisher.display(List.of(new PortPublisher("0.0.0.0", 8001, 8001, "tcp"),
                new PortPublisher("0.0.0.0", 8000, 8000, "tcp"),
                new PortPublisher("0.0.0.0", 8005, 8005, "tcp"))))
                .isEqualTo("0.0.0.0:8000-8001->8000-8001/tcp, 0.0.0.0:8005->8005/tcp");
    }

    @Test
    void ipv6InBracketsAndIpv4First() {
        assertThat(PortPublisher.display(List.of(new PortPublisher("::", 80, 8080, "tcp"),
                new PortPublisher("0.0.0.0", 80, 8080, "tcp"))))
                .isEqualTo("0.0.0.0:8080->80/tcp, [::]:8080->80/tcp");
    }

    @Test
    void groupsBeforeMappings() {
        assertThat(PortPublisher.display(List.of(new PortPublisher("127.0.0.1", 80, 8080, "tcp"),
                new PortPublisher("", 9000, 0, "tcp"))))
                .isEqualTo("9000/tcp, 127.0.0.1:8080->80/tcp");
    }

    @Test
    void noPortsIsEmpty() {
        assertThat(PortPublisher.display(List.of())).isEmpty();
    }
}
