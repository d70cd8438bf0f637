package fr.integrance.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.integrance.IntegrationTest;
import fr.integrance.consent.ConsentManagement;
import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.ConsentProof;
import fr.integrance.consent.ConsentPurposes;
import fr.integrance.consent.ConsentRecord;
import fr.integrance.consent.Decision;
import fr.integrance.consent.MutableClockConfiguration;
import fr.integrance.consent.RequestOrigin;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.testsupport.MutableClock;

@IntegrationTest
@Import(MutableClockConfiguration.class)
class ConsentManagementTests {

	static final String ADVERTISING = "advertising";
	static final String AUDIENCE = "audience-measurement";
	static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.57",
			"Mozilla/5.0 (X11; Linux x86_64) " + "x".repeat(300));

	@Autowired
	ConsentManagement consents;

	@Autowired
	ConsentExpiry expiry;

	@Autowired
	ProcessingRegister register;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private static DataSubjectRef newVisitor() {
		return DataSubjectRef.visitor(UUID.randomUUID());
	}

	private static Map<String, Decision> decisions(Object... purposeAndDecision) {
		Map<String, Decision> map = new LinkedHashMap<>();
		for (int i = 0; i < purposeAndDecision.length; i += 2) {
			map.put((String) purposeAndDecision[i], (Decision) purposeAndDecision[i + 1]);
		}
		return map;
	}

	@Test
	void recordNamesTheNoticeVersionItAnsweredWithTruncatedOrigin() {
		DataSubjectRef visitor = newVisitor();

		List<ConsentRecord> records = consents.record(visitor,
				decisions(AUDIENCE, Decision.GIVEN, ADVERTISING, Decision.REFUSED), ConsentMethod.BANNER_ACCEPT_ALL,
				ORIGIN);

		assertThat(records).hasSize(2).allSatisfy(record -> {
			assertThat(record.noticeVersion()).isEqualTo(register.current().policy().version());
			assertThat(record.subject()).isEqualTo(visitor.journalRef());
			assertThat(record.method()).isEqualTo(ConsentMethod.BANNER_ACCEPT_ALL);
			assertThat(record.recordedAt()).isEqualTo(clock.instant());
			assertThat(record.truncatedIp()).isEqualTo("203.0.113.0");
			assertThat(record.userAgent()).hasSize(200).startsWith("Mozilla/5.0");
		});
		// Stored as written: the database holds the truncated IP only.
		assertThat(jdbc.queryForList("select ip_truncated from consent_record where subject_ref = ?", String.class,
				visitor.journalRef()))
			.containsOnly("203.0.113.0");
	}

	@Test
	void currentStateIsTheLatestDecisionPerPurpose() {
		DataSubjectRef visitor = newVisitor();
		consents.record(visitor, decisions(AUDIENCE, Decision.GIVEN, ADVERTISING, Decision.GIVEN),
				ConsentMethod.BANNER_ACCEPT_ALL, ORIGIN);
		clock.advance(Period.ofDays(1));
		consents.record(visitor, decisions(ADVERTISING, Decision.WITHDRAWN), ConsentMethod.SETTINGS_PAGE, ORIGIN);

		var state = consents.currentState(visitor);

		assertThat(state.get(AUDIENCE).decision()).isEqualTo(Decision.GIVEN);
		assertThat(state.get(AUDIENCE).allows()).isTrue();
		assertThat(state.get(ADVERTISING).decision()).isEqualTo(Decision.WITHDRAWN);
		assertThat(state.get(ADVERTISING).method()).isEqualTo(ConsentMethod.SETTINGS_PAGE);
		assertThat(consents.currentState(newVisitor())).isEmpty();
	}

	@Test
	void withdrawRecordsOnceThenNothing() {
		DataSubjectRef person = DataSubjectRef.person("1234");
		consents.record(person, decisions(ConsentPurposes.MARKETING, Decision.GIVEN), ConsentMethod.FORM, ORIGIN);

		List<ConsentRecord> first = consents.withdraw(person, List.of(ConsentPurposes.MARKETING),
				ConsentMethod.UNSUBSCRIBE_LINK, ORIGIN);
		List<ConsentRecord> second = consents.withdraw(person, List.of(ConsentPurposes.MARKETING),
				ConsentMethod.UNSUBSCRIBE_LINK, ORIGIN);

		assertThat(first).singleElement().satisfies(record -> {
			assertThat(record.decision()).isEqualTo(Decision.WITHDRAWN);
			assertThat(record.method()).isEqualTo(ConsentMethod.UNSUBSCRIBE_LINK);
		});
		assertThat(second).isEmpty();
		assertThat(consents.currentState(person).get(ConsentPurposes.MARKETING).decision())
			.isEqualTo(Decision.WITHDRAWN);
	}

	@Test
	void proofListsEveryChoiceOldestFirstWithVersionMethodAndTime() {
		DataSubjectRef visitor = newVisitor();
		consents.record(visitor, decisions(AUDIENCE, Decision.REFUSED), ConsentMethod.BANNER_REFUSE_ALL, ORIGIN);
		clock.advance(Period.ofDays(2));
		consents.record(visitor, decisions(AUDIENCE, Decision.GIVEN), ConsentMethod.SETTINGS_PAGE, ORIGIN);
		clock.advance(Period.ofDays(3));
		consents.record(visitor, decisions(AUDIENCE, Decision.WITHDRAWN), ConsentMethod.SETTINGS_WITHDRAW, ORIGIN);
		consents.record(newVisitor(), decisions(AUDIENCE, Decision.GIVEN), ConsentMethod.BANNER_ACCEPT_ALL, ORIGIN);

		ConsentProof proof = consents.proofFor(visitor);

		assertThat(proof.subject()).isEqualTo(visitor.journalRef());
		assertThat(proof.records()).extracting(ConsentProof.Entry::decision)
			.containsExactly(Decision.REFUSED, Decision.GIVEN, Decision.WITHDRAWN);
		assertThat(proof.records()).extracting(ConsentProof.Entry::method)
			.containsExactly(ConsentMethod.BANNER_REFUSE_ALL, ConsentMethod.SETTINGS_PAGE,
					ConsentMethod.SETTINGS_WITHDRAW);
		assertThat(proof.records()).allSatisfy(entry -> {
			assertThat(entry.noticeVersion()).isEqualTo(register.current().policy().version());
			assertThat(entry.recordedAt()).isNotNull();
		});
		assertThat(proof.records().get(0).recordedAt()).isBefore(proof.records().get(2).recordedAt());
		assertThat(proof.currentState()).singleElement()
			.satisfies(state -> assertThat(state.decision()).isEqualTo(Decision.WITHDRAWN));
	}

	@Test
	void cookieChoicesExpireAfterTheRenewalAgeButMarketingDoesNot() {
		DataSubjectRef visitor = newVisitor();
		DataSubjectRef person = DataSubjectRef.person("p-77");
		consents.record(visitor, decisions(AUDIENCE, Decision.GIVEN, ADVERTISING, Decision.REFUSED),
				ConsentMethod.BANNER_ACCEPT_ALL, ORIGIN);
		consents.record(person, decisions(ConsentPurposes.MARKETING, Decision.GIVEN), ConsentMethod.FORM, ORIGIN);

		clock.advance(Period.ofMonths(6).minusDays(1));
		assertThat(consents.currentState(visitor).get(AUDIENCE).decision()).isEqualTo(Decision.GIVEN);

		clock.advance(Period.ofDays(1));
		var state = consents.currentState(visitor);
		assertThat(state.get(AUDIENCE).decision()).isEqualTo(Decision.EXPIRED);
		assertThat(state.get(AUDIENCE).allows()).isFalse();
		// A refusal lasts as long as a consent: it expires too, and the visitor is asked
		// again.
		assertThat(state.get(ADVERTISING).decision()).isEqualTo(Decision.EXPIRED);
		assertThat(consents.currentState(person).get(ConsentPurposes.MARKETING).decision()).isEqualTo(Decision.GIVEN);
	}

	@Test
	void dailySweepRecordsExpiredOnceForStaleCookieChoices() {
		DataSubjectRef stale = newVisitor();
		consents.record(stale, decisions(AUDIENCE, Decision.GIVEN), ConsentMethod.BANNER_ACCEPT_ALL, ORIGIN);
		clock.advance(Period.ofMonths(5));
		DataSubjectRef recent = newVisitor();
		consents.record(recent, decisions(AUDIENCE, Decision.REFUSED), ConsentMethod.BANNER_REFUSE_ALL, ORIGIN);
		clock.advance(Period.ofMonths(1).plusDays(1));

		expiry.expireStaleChoices();
		expiry.expireStaleChoices();

		assertThat(consents.proofFor(stale).records()).extracting(ConsentProof.Entry::decision)
			.containsExactly(Decision.GIVEN, Decision.EXPIRED);
		assertThat(consents.proofFor(stale).records().get(1).method()).isEqualTo(ConsentMethod.EXPIRY);
		assertThat(consents.proofFor(recent).records()).extracting(ConsentProof.Entry::decision)
			.containsExactly(Decision.REFUSED);
	}

	@Test
	void refusesAPurposeThatTakesNoConsent() {
		DataSubjectRef visitor = newVisitor();

		// "authentication" is a register cookie purpose, but all its cookies are exempt.
		assertThatIllegalArgumentException().isThrownBy(() -> consents.record(visitor,
				decisions("authentication", Decision.GIVEN), ConsentMethod.SETTINGS_PAGE, ORIGIN));
		assertThatIllegalArgumentException().isThrownBy(() -> consents.record(visitor,
				decisions("no-such-purpose", Decision.GIVEN), ConsentMethod.SETTINGS_PAGE, ORIGIN));
	}

	@Test
	void postgresqlRefusesToRewriteARecord() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			assumeThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
		DataSubjectRef visitor = newVisitor();
		consents.record(visitor, decisions(AUDIENCE, Decision.REFUSED), ConsentMethod.BANNER_REFUSE_ALL, ORIGIN);

		assertThatThrownBy(() -> jdbc.update("update consent_record set decision = 'GIVEN' where subject_ref = ?",
				visitor.journalRef()))
			.hasMessageContaining("append-only");
	}

}
