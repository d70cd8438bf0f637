package fr.integrance.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.audit.VerificationReport;
import fr.integrance.audit.AuditJournalVerifier;

/**
 * The application's own connection cannot change or remove journal entries, nor move the
 * chain head anywhere but forward: on PostgreSQL (migration V21; the test connection is a
 * superuser, which privileges do not restrict: what refuses here is the triggers, the
 * guard that holds for every role) and on H2 (migration V161,
 * {@link H2AppendOnlyTrigger}). Only PostgreSQL's guard also checks that the head lands
 * on an existing entry.
 */
@SpringBootTest
@Import(AuditTestConfiguration.class)
@Tag("integration")
class AuditJournalAppendOnlyTests {

	private final AuditJournal journal;

	private final AuditJournalVerifier verifier;

	private final JournalTampering tampering;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	@Autowired
	AuditJournalAppendOnlyTests(AuditJournal journal, AuditJournalVerifier verifier, JournalTampering tampering,
			JdbcClient jdbc, DataSource dataSource) {
		this.journal = journal;
		this.verifier = verifier;
		this.tampering = tampering;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	@BeforeEach
	void recordTwoEntries() {
		tampering.reset();
		journal.record(AuditEvent.success(AuditActor.account("account-1"), AuditAction.PERSON_READ)
			.withSubject(() -> "person-1"));
		journal.record(AuditEvent.success(AuditActor.account("account-1"), AuditAction.DATA_CHANGED)
			.withSubject(() -> "person-1"));
	}

	@AfterEach
	void leaveAnIntactJournal() {
		tampering.reset();
	}

	@Test
	void updateOfAnEntryIsRefused() {
		assertRefused("UPDATE audit_entry SET subject_ref = 'person-2' WHERE sequence = 1");

		assertThat(jdbc.sql("SELECT subject_ref FROM audit_entry WHERE sequence = 1").query(String.class).single())
			.isEqualTo("person-1");
	}

	@Test
	void deleteOfAnEntryIsRefused() {
		assertRefused("DELETE FROM audit_entry WHERE sequence = 2");

		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void truncateOfTheJournalIsRefused() {
		assertRefused("TRUNCATE audit_entry");
	}

	@Test
	void chainHeadCannotBeRewoundNorRemoved() {
		assertRefused("UPDATE audit_chain_head SET last_sequence = 1 WHERE id = 1");
		assertRefused("UPDATE audit_chain_head SET last_hash = '" + "e".repeat(64) + "' WHERE id = 1");
		assertRefused("DELETE FROM audit_chain_head");
		assertRefused("TRUNCATE audit_chain_head");
	}

	@Test
	void chainHeadCannotMovePastTheEntriesOnPostgres() {
		Assumptions.assumeTrue(JournalTampering.isPostgres(dataSource), "PostgreSQL's guard checks the entry");
		assertRefused("UPDATE audit_chain_head SET last_sequence = 3 WHERE id = 1");
	}

	private void assertRefused(String sql) {
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> jdbc.sql(sql).update())
			.withMessageContaining("audit_");
		assertThat(verifier.verify()).isEqualTo(VerificationReport.intact(2));
	}

}
