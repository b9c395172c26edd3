package org.newsdesk.analyze.card;

public enum EntityType {
  PERSON, ORGANIZATION, COUNTRY, CITY, PLACE, FACILITY, OTHER;

  public boolean isLocation() {
    return this == COUNTRY || this == CITY || this == PLACE || this == FACILITY;
  }
}
