package fr.integrance.platform.outage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source: the pool, except that while the database is known to be
 * down a connection is refused at once rather than after the pool's timeout, so that a
 * request that touches the database several times (session, security, page, session
 * commit) fails in milliseconds, not several timeouts.
 */
final class FailFastDataSource extends DelegatingDataSource {

	/** SQL state of a connection that could not be established. */
	static final String UNABLE_TO_CONNECT = "08001";

	private final DatabaseAvailability availability;

	FailFastDataSource(DataSource pool, DatabaseAvailability availability) {
		super(pool);
		this.availability = availability;
		availability.probe(pool);
	}

	@Override
	public Connection getConnection() throws SQLException {
		check();
		try {
			return super.getConnection();
		}
		catch (SQLException ex) {
			failed(ex);
			throw ex;
		}
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		check();
		try {
			return super.getConnection(username, password);
		}
		catch (SQLException ex) {
			failed(ex);
			throw ex;
		}
	}

	private void check() throws SQLException {
		if (!availability.isAvailable()) {
			throw new SQLTransientConnectionException("database unavailable (waiting for it to come back)",
					UNABLE_TO_CONNECT);
		}
	}

	private void failed(SQLException ex) {
		if (DatabaseAvailability.isConnectionFailure(ex) && !DatabaseAvailability.isPoolSaturation(ex)) {
			availability.markDown(ex);
		}
	}

}
