package fr.integrance.platform.outage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.persistence.PersistenceException;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionException;

import org.jspecify.annotations.Nullable;

/**
 * Whether the database answers. Down from the first failure to obtain a connection (or a
 * connection lost on the way) until a probe, every {@code probeInterval} on a thread of
 * its own, gets a valid connection again: meanwhile the application's connections fail at
 * once ({@link FailFastDataSource}) and pages answer the 503 page
 * ({@link OutagePageFilter}) instead of each request waiting for the pool's timeout. No
 * restart is needed when the database comes back.
 */
public final class DatabaseAvailability {

	private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

	/**
	 * SQL states of a lost or refused connection: class 08, and PostgreSQL's shutdown
	 * ({@code 57P01}, {@code 57P02}) and start-up ({@code 57P03}) refusals.
	 */
	private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

	/** A statement cancelled by {@code statement_timeout}. */
	private static final String QUERY_CANCELED = "57014";

	private final Duration probeInterval;

	private final AtomicBoolean down = new AtomicBoolean();

	private volatile @Nullable DataSource probed;

	public DatabaseAvailability(Duration probeInterval) {
		this.probeInterval = probeInterval;
	}

	/** The data source the probe asks for a connection (the pool, not its wrapper). */
	void probe(DataSource dataSource) {
		this.probed = dataSource;
	}

	public boolean isAvailable() {
		return !down.get();
	}

	/** Records that a connection could not be had; starts the probe on the first one. */
	void markDown(Throwable failure) {
		if (down.compareAndSet(false, true)) {
			log.error("Database unavailable ({}): pages answer 503 until a probe connects again",
					failure.getClass().getSimpleName());
			DataSource dataSource = probed;
			if (dataSource != null) {
				Thread probe = new Thread(() -> probeUntilUp(dataSource), "database-probe");
				probe.setDaemon(true);
				probe.start();
			}
		}
	}

	private void probeUntilUp(DataSource dataSource) {
		while (down.get()) {
			try {
				Thread.sleep(probeInterval.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			try (Connection connection = dataSource.getConnection()) {
				if (connection.isValid(2)) {
					down.set(false);
					log.warn("Database available again");
				}
			}
			catch (SQLException | RuntimeException ex) {
				log.debug("Database still unavailable ({})", ex.getClass().getSimpleName());
			}
		}
	}

	/**
	 * Asks the pool for a connection now, when a request failed in a way that does not
	 * say whether the database is gone (a connection found closed during a rollback):
	 * true when the database answers, else it is marked down. Takes at most the pool's
	 * timeout.
	 */
	boolean verify() {
		DataSource dataSource = probed;
		if (dataSource == null || !isAvailable()) {
			return isAvailable();
		}
		try (Connection connection = dataSource.getConnection()) {
			if (connection.isValid(1)) {
				return true;
			}
			markDown(new SQLTransientConnectionException("connection not valid"));
		}
		catch (SQLException ex) {
			markDown(ex);
		}
		return false;
	}

	/**
	 * A failure of the data layer, whatever its kind: worth {@link #verify() verifying}
	 * that the database is still there.
	 */
	static boolean isDataFailure(Throwable failure) {
		return causes(failure).stream()
			.anyMatch(cause -> cause instanceof SQLException || cause instanceof DataAccessException
					|| cause instanceof TransactionException || cause instanceof PersistenceException);
	}

	/**
	 * A failure that says the database cannot be reached: a refused, timed-out or lost
	 * connection.
	 */
	static boolean isConnectionFailure(Throwable failure) {
		for (Throwable cause : causes(failure)) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof CannotGetJdbcConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The pool had no free connection in time although the database answers: every
	 * connection busy, none failing (the pool then gives its last connection failure as
	 * the cause, and its SQL state). That request gets the 503 page; the others go on,
	 * rather than the whole platform answering 503 at the first peak of load.
	 */
	static boolean isPoolSaturation(Throwable failure) {
		for (Throwable cause : causes(failure)) {
			if (cause instanceof SQLTransientConnectionException pool) {
				return pool.getCause() == null && pool.getSQLState() == null;
			}
		}
		return false;
	}

	/**
	 * A failure for which the 503 page is the answer: the database cannot be reached, or
	 * it did not answer in time.
	 */
	static boolean isUnavailable(Throwable failure) {
		if (isConnectionFailure(failure)) {
			return true;
		}
		for (Throwable cause : causes(failure)) {
			if (cause instanceof SQLTimeoutException || cause instanceof QueryTimeoutException
					|| cause instanceof DataAccessResourceFailureException
					|| (cause instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	private static List<Throwable> causes(Throwable failure) {
		List<Throwable> causes = new ArrayList<>();
		for (Throwable cause = failure; cause != null && causes.size() < 20
				&& !causes.contains(cause); cause = cause.getCause()) {
			causes.add(cause);
			if (cause instanceof SQLException sql && sql.getNextException() != null) {
				causes.add(sql.getNextException());
			}
		}
		return causes;
	}

}
