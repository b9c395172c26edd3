package org.newsdesk.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Row mappings that several read models share. */
final class Rows {

  private Rows() {}

  /**
   * An event row from the columns article_id, article title, type, sources, targets, place,
   * date_from, negated, sentence — in that order.
   */
  static EntityView.EventRow event(ResultSet rs) throws SQLException {
    return new EntityView.EventRow(rs.getLong(1), Optional.ofNullable(rs.getString(2)),
        rs.getString(3), strings(rs.getArray(4)), strings(rs.getArray(5)),
        Optional.ofNullable(rs.getString(6)),
        Optional.ofNullable(rs.getDate(7)).map(java.sql.Date::toLocalDate), rs.getBoolean(8),
        rs.getInt(9));
  }

  static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
