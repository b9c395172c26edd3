package org.newsdesk.digest.subscribe;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.validator.routines.DomainValidator;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * An email address as stored: trimmed, the domain lower-cased and in ASCII (IDNA), the local
 * part kept as typed (some servers treat it case-sensitively). {@link #parse} reports every
 * problem of a bad address at once, so a reader fixes it in one go.
 */
public record EmailAddress(String value) {

  /** RFC 5321: a path is at most 256 octets including the angle brackets. */
  static final int MAX_LENGTH = 254;
  static final int MAX_LOCAL_LENGTH = 64;

  /** No local or intranet addresses ({@code root@localhost}), and the TLD must be a real one. */
  private static final EmailValidator VALIDATOR = EmailValidator.getInstance(false, false);

  public static EmailAddress parse(String input) {
    String typed = input == null ? "" : input.strip();
    if (typed.isEmpty()) {
      throw new InvalidEmailAddress(List.of("Enter an email address."));
    }
    List<String> problems = new ArrayList<>();
    if (typed.chars().anyMatch(Character::isWhitespace)) {
      problems.add("An email address cannot contain spaces.");
    }
    int at = typed.lastIndexOf('@');
    if (at < 0) {
      problems.add("An email address needs an @ between the name and the domain.");
      throw new InvalidEmailAddress(problems);
    }
    String local = typed.substring(0, at);
    String domain = typed.substring(at + 1);
    if (local.isEmpty()) {
      problems.add("There is nothing before the @.");
    } else if (local.length() > MAX_LOCAL_LENGTH) {
      problems.add("The part before the @ is longer than " + MAX_LOCAL_LENGTH + " characters.");
    }
    String ascii = asciiDomain(domain, problems);
    String normalised = local + "@" + ascii;
    if (normalised.length() > MAX_LENGTH) {
      problems.add("The address is longer than " + MAX_LENGTH + " characters.");
    }
    if (problems.isEmpty() && !VALIDATOR.isValid(normalised)) {
      // The validator says only yes or no; name the part that is wrong.
      if (!DomainValidator.getInstance(false).isValidTld(tld(ascii))) {
        problems.add("The domain ends in ." + tld(ascii) + ", which is not a top-level domain.");
      } else if (!DomainValidator.getInstance(false).isValid(ascii)) {
        problems.add("The domain " + domain + " is not a valid domain name.");
      } else {
        problems.add("The part before the @ contains characters an address cannot have.");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidEmailAddress(problems);
    }
    return new EmailAddress(normalised);
  }

  private static String asciiDomain(String domain, List<String> problems) {
    if (domain.isEmpty()) {
      problems.add("There is no domain after the @ (like example.org).");
      return domain;
    }
    if (domain.endsWith(".")) {
      problems.add("The domain ends with a dot.");
      return domain;
    }
    if (domain.contains("@")) {
      problems.add("An email address has only one @.");
      return domain;
    }
    String ascii;
    try {
      ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      problems.add("The domain " + domain + " is not a valid domain name.");
      return domain;
    }
    if (!ascii.contains(".")) {
      problems.add("The domain " + domain + " has no top-level part (like .org or .com).");
    }
    return ascii;
  }

  private static String tld(String asciiDomain) {
    return asciiDomain.substring(asciiDomain.lastIndexOf('.') + 1);
  }

  public String domain() {
    return value.substring(value.lastIndexOf('@') + 1);
  }

  /** For logs at INFO: {@code j***@example.org}, enough to tell addresses apart in a support case. */
  public String masked() {
    return mask(value);
  }

  /** {@link #masked()} of an already stored address. */
  public static String mask(String address) {
    int at = address.lastIndexOf('@');
    if (at <= 0) {
      return "***";
    }
    return address.charAt(0) + "***" + address.substring(at);
  }

  @Override
  public String toString() {
    return masked();
  }
}
