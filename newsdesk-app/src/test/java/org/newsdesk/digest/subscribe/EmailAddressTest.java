package org.newsdesk.digest.subscribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

  @Test
  void trimsAndLowerCasesTheDomainOnly() {
    assertThat(EmailAddress.parse("  Jane.Doe+news@Example.ORG \n").value())
        .isEqualTo("Jane.Doe+news@example.org");
  }

  @Test
  void internationalDomainBecomesAscii() {
    assertThat(EmailAddress.parse("anna@Bücher.example.de").value())
        .isEqualTo("anna@xn--bcher-kva.example.de");
    assertThat(EmailAddress.parse("anna@bücher.de").domain()).isEqualTo("xn--bcher-kva.de");
  }

  @Test
  void badSyntaxIsNamed() {
    assertThatThrownBy(() -> EmailAddress.parse("jane.example.org"))
        .isInstanceOf(InvalidEmailAddress.class).hasMessageContaining("needs an @");
    assertThatThrownBy(() -> EmailAddress.parse("@example.org"))
        .hasMessageContaining("nothing before the @");
    assertThatThrownBy(() -> EmailAddress.parse("ja(ne@example.org"))
        .hasMessageContaining("before the @ contains characters");
    assertThatThrownBy(() -> EmailAddress.parse("   "))
        .hasMessageContaining("Enter an email address");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    InvalidEmailAddress e = (InvalidEmailAddress) org.assertj.core.api.Assertions.catchThrowable(
        () -> EmailAddress.parse("jane doe@"));
    assertThat(e.problems()).hasSize(2).anyMatch(p -> p.contains("spaces"))
        .anyMatch(p -> p.contains("no domain"));
  }

  @Test
  void domainWithoutTopLevelPartOrUnknownTldOrLocalIsRefused() {
    assertThatThrownBy(() -> EmailAddress.parse("root@localhost"))
        .hasMessageContaining("no top-level part");
    assertThatThrownBy(() -> EmailAddress.parse("jane@example.notatld"))
        .hasMessageContaining(".notatld, which is not a top-level domain");
  }

  @Test
  void trailingDotIsRefused() {
    assertThatThrownBy(() -> EmailAddress.parse("jane@example.org."))
        .hasMessageContaining("ends with a dot");
  }

  @Test
  void tooLongPartsAreRefused() {
    assertThatThrownBy(() -> EmailAddress.parse("a".repeat(65) + "@example.org"))
        .hasMessageContaining("longer than 64");
    String longDomain = ("a".repeat(60) + ".").repeat(4) + "org"; // 247 characters
    assertThatThrownBy(() -> EmailAddress.parse("jane.doe.smith@" + longDomain))
        .hasMessageContaining("longer than 254");
    assertThat(EmailAddress.parse("a".repeat(64) + "@example.org").value()).hasSize(76);
  }

  @Test
  void maskingKeepsTheFirstLetterAndTheDomain() {
    assertThat(EmailAddress.parse("jane@example.org").masked()).isEqualTo("j***@example.org");
    assertThat(EmailAddress.parse("jane@example.org").toString()).doesNotContain("jane");
  }
}
