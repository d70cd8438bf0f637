package fr.integrance.platform.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database as {@code application.properties} opens it. A thread that reaches
 * H2's file with its interrupt flag set (a pooled thread left interrupted by a library, a
 * cancelled task) must not close the database under every other connection: with the
 * plain {@code file:} store, FileChannel closes itself on the interrupt, H2 closes the
 * database, and every later statement fails with « The database has been closed [90098] »
 * until a restart. And each commit is written in the committing thread
 * ({@code WRITE_DELAY=0}), so that a kill -9 after the answer loses nothing.
 */
class EmbeddedDatabaseDurabilityTests {

	@TempDir
	Path dataDir;

	@Test
	void interruptedWriterWhenAnotherConnectionWritesThenDatabaseStillOpen() throws Exception {
		String url = embeddedUrl();
		try (Connection first = DriverManager.getConnection(url, "sa", "")) {
			execute(first, "CREATE TABLE outbox (id INT PRIMARY KEY, body VARCHAR(200))");
			execute(first, "INSERT INTO outbox SELECT \"X\", REPEAT('x', 200) FROM SYSTEM_RANGE(10000, 30000)");
			execute(first, "SHUTDOWN");
		}
		// Reopened: the rows are on disk only, so reading them reads the file.
		try (Connection other = DriverManager.getConnection(url, "sa", "")) {

			AtomicReference<Throwable> interruptedFailure = new AtomicReference<>();
			Thread interrupted = new Thread(() -> {
				try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
					Thread.currentThread().interrupt();
					execute(connection, "SELECT SUM(LENGTH(body)) FROM outbox");
					for (int i = 0; i < 20; i++) {
						execute(connection,
								"INSERT INTO outbox VALUES (" + (1000 + i) + ", 'pendant l''interruption')");
					}
				}
				catch (SQLException | RuntimeException ex) {
					interruptedFailure.set(ex);
				}
			});
			interrupted.start();
			interrupted.join();

			Throwable later = catchThrowable(() -> execute(other, "INSERT INTO outbox VALUES (1, 'après')"));
			assertThat(later)
				.as("a write from another connection after the interrupted one (that one: %s)",
						interruptedFailure.get())
				.isNull();
			assertThat(count(other)).isGreaterThanOrEqualTo(1);
		}
	}

	@Test
	void embeddedUrlWhenReadThenEveryCommitIsWrittenBeforeTheAnswer() throws Exception {
		assertThat(embeddedUrl()).contains(";WRITE_DELAY=0").startsWith("jdbc:h2:async:");
	}

	/** The URL of application.properties, its data directory in a temporary folder. */
	private String embeddedUrl() throws Exception {
		Properties properties = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		return properties.getProperty("spring.datasource.url")
			.replace("${app.data-dir}", dataDir.toString().replace('\\', '/'));
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static int count(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				var rows = statement.executeQuery("SELECT COUNT(*) FROM outbox")) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
