package com.calldesk.database.h2;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The embedded database's guard for insert-only tables (inquiries and their replies): any UPDATE or
 * DELETE of a saved row fails, whoever issues it. Oracle has the same guard as a PL/SQL trigger
 * (db/vendor/oracle). H2 loads this class through the thread's context class loader, which is the
 * application's whenever the application writes.
 */
public class RefuseChanges implements Trigger {

  private String table;

  @Override
  public void init(
      Connection conn,
      String schemaName,
      String triggerName,
      String tableName,
      boolean before,
      int type) {
    this.table = tableName;
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    if (oldRow != null) {
      throw new SQLException(
          table + " rows are insert-only: append a reply instead of changing a saved record",
          "45000",
          20001);
    }
  }
}
