package org.newsdesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsdeskConfigTest {

  @TempDir
  Path dir;

  @Test
  void withoutARelayMailGoesToTheSinkAndLinksPointAtTheLocalSite() {
    NewsdeskConfig config = NewsdeskConfig.load(Optional.empty(), Optional.of(dir));
    assertThat(config.mail().relay()).isEmpty();
    assertThat(config.mail().dkim()).isEmpty();
    assertThat(config.digest().publicUrl().toString())
        .isEqualTo("http://" + config.web().host() + ":" + config.web().port());
  }

  @Test
  void aPortGivenOnTheCommandLineIsTheOneTheEmailsLinksPointAt() throws Exception {
    NewsdeskConfig config = NewsdeskConfig.load(Optional.empty(), Optional.of(dir),
        java.util.Map.of("web.port", 8099));
    assertThat(config.web().port()).isEqualTo(8099);
    assertThat(config.digest().publicUrl().getPort()).isEqualTo(8099);

    Path file = dir.resolve("public.conf");
    Files.writeString(file, "newsdesk.digest.public-url = \"https://news.example.org\"\n");
    NewsdeskConfig configured = NewsdeskConfig.load(Optional.of(file), Optional.of(dir),
        java.util.Map.of("web.port", 8099));
    assertThat(configured.digest().publicUrl().toString()).isEqualTo("https://news.example.org");
  }

  @Test
  void aUserFileConfiguresTheRelayDkimAndPublicUrl() throws Exception {
    Path file = dir.resolve("newsdesk.conf");
    Files.writeString(file, """
        newsdesk.digest.public-url = "https://news.example.org/"
        newsdesk.mail.relay { host = smtp.example.org, port = 465, starttls = false,
          implicit-tls = true, username = u, password = secret }
        newsdesk.mail.dkim { domain = example.org, private-key = /etc/newsdesk/dkim.der }
        """);
    NewsdeskConfig config = NewsdeskConfig.load(Optional.of(file), Optional.of(dir));
    var relay = config.mail().relay().orElseThrow();
    assertThat(relay.host()).isEqualTo("smtp.example.org");
    assertThat(relay.port()).isEqualTo(465);
    assertThat(relay.implicitTls()).isTrue();
    assertThat(relay.password()).contains("secret");
    assertThat(relay.toString()).doesNotContain("secret");
    assertThat(config.mail().dkim().orElseThrow().selector()).isEqualTo("newsdesk");
    assertThat(config.digest().publicUrl().toString()).isEqualTo("https://news.example.org");
  }

  @Test
  void dkimWithoutAKeyIsABadConfigurationNamingTheKey() throws Exception {
    Path file = dir.resolve("bad.conf");
    Files.writeString(file, "newsdesk.mail.dkim.domain = example.org\n");
    assertThatThrownBy(() -> NewsdeskConfig.load(Optional.of(file), Optional.of(dir)))
        .hasMessageContaining("mail.dkim.private-key");
  }
}
