package org.newsdesk.language;

import java.util.Locale;

/**
 * A language a text was found to be written in: its ISO 639-1 {@code code} ("de") and its name in
 * English ("German"), for messages.
 */
public record DetectedLanguage(String code, String englishName) {

  public static DetectedLanguage of(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return new DetectedLanguage(code, name.isEmpty() || name.equals(code) ? code : name);
  }

  public boolean isEnglish() {
    return code.equals("en");
  }

  /** "German (de)". */
  @Override
  public String toString() {
    return englishName + " (" + code + ")";
  }
}
