package fr.integrance.audit.internal;

import java.time.Instant;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import fr.integrance.testsupport.MutableClock;

/**
 * What the audit integration tests add to the application: a settable clock and tampering
 * tools.
 */
@TestConfiguration(proxyBeanMethods = false)
class AuditTestConfiguration {

	static final Instant START = Instant.parse("2025-03-01T10:15:30.123456789Z");

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(START);
	}

	@Bean
	JournalTampering journalTampering(DataSource dataSource, FileJournalCheckpoints checkpoints) {
		return new JournalTampering(dataSource, checkpoints.file());
	}

}
