package org.newsdesk.digest.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmtpSinkPortTest {

  @Test
  void aTakenPortGivesTheSinkAFreeOneAndItsRelayNamesIt() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      List<ReceivedMail> received = new ArrayList<>();
      try (SmtpSink sink = SmtpSink.startPreferring(taken.getLocalPort(), received::add)) {
        assertThat(sink.port()).isPositive().isNotEqualTo(taken.getLocalPort());
        assertThat(sink.relay().port()).isEqualTo(sink.port());
      }
    }
  }
}
