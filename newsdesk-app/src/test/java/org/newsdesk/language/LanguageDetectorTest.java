package org.newsdesk.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

  private static final LanguageDetector DETECTOR = new LanguageDetector();

  private static final String GERMAN = """
      Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer Energien \
      beschlossen. Nach Angaben des Wirtschaftsministeriums sollen bis zum Jahr 2030 achtzig \
      Prozent des Stroms aus Wind- und Sonnenkraft stammen. Kritiker aus der Opposition \
      bemängelten, dass die Finanzierung der Netze noch immer nicht geklärt sei.""";

  private static final String FRENCH = """
      Le gouvernement a présenté mercredi un projet de loi visant à réduire la consommation \
      d'énergie des bâtiments publics. Selon le ministre, les collectivités locales devront \
      rénover leurs écoles et leurs hôpitaux d'ici à la fin de la décennie, ce que plusieurs \
      maires jugent irréaliste sans aide supplémentaire de l'État.""";

  private static final String ENGLISH = """
      The central bank held interest rates steady on Wednesday, saying inflation had eased \
      faster than expected over the summer. Officials signalled that they were in no hurry to \
      cut borrowing costs, however, and warned that wage growth remained too strong for comfort \
      in a labour market that has barely cooled.""";

  private static final String SPANISH = """
      El presidente anunció este martes un paquete de medidas para contener el precio de los \
      alimentos, que incluye la rebaja del impuesto sobre el valor añadido del aceite y la pasta. \
      La oposición calificó el plan de insuficiente y exigió una comparecencia en el Congreso.""";

  @Test
  void germanIsGerman() {
    assertThat(DETECTOR.detect(GERMAN)).contains(new DetectedLanguage("de", "German"));
  }

  @Test
  void frenchIsFrench() {
    assertThat(DETECTOR.detect(FRENCH)).contains(new DetectedLanguage("fr", "French"));
  }

  @Test
  void spanishIsSpanish() {
    assertThat(DETECTOR.detect(SPANISH)).contains(new DetectedLanguage("es", "Spanish"));
  }

  @Test
  void englishIsEnglish() {
    assertThat(DETECTOR.detect(ENGLISH)).hasValueSatisfying(l -> {
      assertThat(l.code()).isEqualTo("en");
      assertThat(l.isEnglish()).isTrue();
    });
  }

  @Test
  void englishNewsFullOfForeignNamesIsStillEnglish() {
    String text = "North Korean leader Kim Jong-Un met Russian President Vladimir Putin at the"
        + " Vostochny Cosmodrome in Amur Oblast, where Sergei Shoigu and Choe Son Hui joined"
        + " talks that the Kremlin said would cover military cooperation and the war in Ukraine.";
    assertThat(DETECTOR.detect(text)).map(DetectedLanguage::code).contains("en");
  }

  @Test
  void aShortTextIsNotJudged() {
    String shortGerman = "Die Regierung hat am Mittwoch ein neues Gesetz beschlossen.";
    assertThat(shortGerman.chars().filter(Character::isLetter).count())
        .isLessThan(LanguageDetector.MIN_LETTERS);
    assertThat(DETECTOR.detect(shortGerman)).isEmpty();
  }

  @Test
  void digitsAndPunctuationDoNotCountAsLetters() {
    String numbers = "2023-09-13 12:45 — 1,234,567 / 89.5% ".repeat(20) + "Guten Tag";
    assertThat(DETECTOR.detect(numbers)).isEmpty();
  }

  @Test
  void theLanguageIsNamedInEnglishWithItsCode() {
    assertThat(DetectedLanguage.of("de").toString()).isEqualTo("German (de)");
    assertThat(DetectedLanguage.of("ja").englishName()).isEqualTo("Japanese");
  }

  @Test
  void theAnswerIsTheSameEveryTime() {
    for (int i = 0; i < 5; i++) {
      assertThat(DETECTOR.detect(FRENCH)).map(DetectedLanguage::code).contains("fr");
    }
  }
}
