package io.segue.library.internal.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with the library's connection, inside the transaction {@link LibraryDatabase} opened for it. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
