package org.newsdesk.digest.subscribe;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The zones a reader can pick: IANA region ids ({@code Europe/Berlin}) and UTC. */
final class TimeZones {

  static final List<String> IDS = ZoneId.getAvailableZoneIds().stream()
      .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
      .sorted().collect(java.util.stream.Collectors.collectingAndThen(
          java.util.stream.Collectors.toList(), l -> {
            l.add(0, "UTC");
            return List.copyOf(l);
          }));

  private static final Set<String> KNOWN = Set.copyOf(IDS);

  private TimeZones() {}

  /** The zone named {@code id}, if it is one of {@link #IDS}. */
  static Optional<ZoneId> parse(String id) {
    return id != null && KNOWN.contains(id.strip()) ? Optional.of(ZoneId.of(id.strip()))
        : Optional.empty();
  }
}
