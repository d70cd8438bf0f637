package fr.integrance.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The JDBC session store over {@link SessionStoreTransactions}: a session read (every
 * signed-in request makes one) opens no transaction, a write opens one of its own.
 */
class SessionStoreTransactionsTests {

	private EmbeddedDatabase database;

	private final CountingTransactionManager transactions = new CountingTransactionManager();

	private ThrottledSessionRepository sessions;

	@BeforeEach
	void store() {
		database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
			.generateUniqueName(true)
			.addScript("org/springframework/session/jdbc/schema-h2.sql")
			.build();
		transactions.setDataSource(database);
		transactions.afterPropertiesSet();
		sessions = new ThrottledSessionRepository(new JdbcIndexedSessionRepository(new JdbcTemplate(database),
				new SessionStoreTransactions(transactions)));
	}

	@AfterEach
	void close() {
		ThrottledSessionRepository.endOfRequest();
		database.shutdown();
	}

	@Test
	void aSessionIsWrittenInATransactionAndReadWithoutOne() {
		ThrottledSessionRepository.ThrottledSession session = sessions.createSession();
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "agent@integrance.fr");
		session.setAttribute("k", "v");
		sessions.save(session);
		ThrottledSessionRepository.endOfRequest();
		assertThat(transactions.begun).hasValue(1);

		ThrottledSessionRepository.ThrottledSession read = sessions.findById(session.getId());

		assertThat(read).isNotNull();
		assertThat(read.<String>getAttribute("k")).isEqualTo("v");
		assertThat(sessions.findByIndexNameAndIndexValue(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
				"agent@integrance.fr"))
			.containsOnlyKeys(session.getId());
		assertThat(transactions.begun).as("no transaction for the reads").hasValue(1);

		read.setAttribute("k", "w");
		sessions.save(read);
		sessions.deleteById(session.getId());
		assertThat(transactions.begun).as("one for each write").hasValue(3);
		ThrottledSessionRepository.endOfRequest();
		assertThat(sessions.findById(session.getId())).isNull();
	}

	@Test
	void aWriteInsideAnotherTransactionStillRunsInItsOwn() {
		SessionStoreTransactions store = new SessionStoreTransactions(transactions);
		Boolean[] inner = new Boolean[2];
		new TransactionTemplate(transactions).executeWithoutResult(outer -> {
			store.execute(status -> inner[0] = status.isNewTransaction());
			SessionStoreTransactions.reading(() -> store
				.execute(status -> inner[1] = TransactionSynchronizationManager.isActualTransactionActive()
						&& status.isNewTransaction()));
		});

		assertThat(inner[0]).as("a write: a new transaction").isTrue();
		assertThat(inner[1]).as("a read: none of its own").isFalse();
	}

	/** Counts the transactions begun. */
	static final class CountingTransactionManager extends DataSourceTransactionManager {

		final AtomicInteger begun = new AtomicInteger();

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
			begun.incrementAndGet();
			super.doBegin(transaction, definition);
		}

	}

}
