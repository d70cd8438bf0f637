package fr.integrance.platform.web.submission;

import static fr.integrance.platform.web.submission.SubmissionKeyFormsTests.contact;
import static fr.integrance.platform.web.submission.SubmissionKeyFormsTests.reference;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.integrance.platform.web.submission.Visitor.Form;

/**
 * After a crash, a post sent again with its key is neither lost nor doubled: a claim left
 * by a dead node with no committed work runs again; one whose work committed (the mark is
 * written in the handler's own transaction) is not run again. Old keys are purged by the
 * locked job. The crashes are staged on the rows a real post left.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.servlet.session.cookie.secure=false")
@Tag("integration")
class SubmissionKeyRecoveryTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SubmissionKeyPurge purge;

	@Test
	void theHandlersTransactionMarksItsWorkOnTheKey() throws Exception {
		Visitor visitor = new Visitor(port);
		Form form = visitor.form("/contact", "/contact");
		visitor.post(form, contact("marque@example.fr"));

		assertThat(jdbc.queryForMap("SELECT state, work_committed, status FROM submission_key WHERE submission_key = ?",
				UUID.fromString(form.key())))
			.containsEntry("state", "DONE")
			.containsEntry("work_committed", 1)
			.containsEntry("status", 302);
	}

	@Test
	void aDeadClaimWhoseWorkNeverCommittedIsRunAgain() throws Exception {
		Visitor visitor = new Visitor(port);
		Form form = visitor.form("/contact", "/contact");
		Map<String, String> values = contact("panne.avant@example.fr");
		visitor.post(form, values);
		// Staged: the node died before the case committed (rolled back with its mark).
		jdbc.update("DELETE FROM request_case WHERE submitter_email = ?", "panne.avant@example.fr");
		stageDeadClaim(form.key(), 0);

		Visitor afterRestart = new Visitor(port);
		HttpResponse<String> answer = afterRestart.post(afterRestart.form("/contact", "/contact").withKey(form.key()),
				values);

		assertThat(reference(afterRestart.follow(answer)))
			.isEqualTo(jdbc.queryForObject("SELECT reference FROM request_case WHERE submitter_email = ?", String.class,
					"panne.avant@example.fr"));
	}

	@Test
	void aDeadClaimWhoseWorkCommittedIsNotRunAgain() throws Exception {
		Visitor visitor = new Visitor(port);
		Form form = visitor.form("/contact", "/contact");
		Map<String, String> values = contact("panne.apres@example.fr");
		visitor.post(form, values);
		// Staged: the node died after the case committed, before the answer was recorded.
		stageDeadClaim(form.key(), 1);

		Visitor afterRestart = new Visitor(port);
		HttpResponse<String> answer = afterRestart.post(afterRestart.form("/contact", "/contact").withKey(form.key()),
				values);

		assertThat(answer.statusCode()).isEqualTo(409);
		assertThat(answer.body()).contains("Nous avons déjà reçu cet envoi");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM request_case WHERE submitter_email = ?", Integer.class,
				"panne.apres@example.fr"))
			.isEqualTo(1);
	}

	@Test
	void keysOlderThanADayArePurged() {
		UUID old = UUID.randomUUID();
		UUID recent = UUID.randomUUID();
		insert(old, Instant.now().minus(25, ChronoUnit.HOURS));
		insert(recent, Instant.now().minus(23, ChronoUnit.HOURS));

		purge.run();

		assertThat(jdbc.queryForList("SELECT submission_key FROM submission_key WHERE submission_key IN (?, ?)",
				UUID.class, old, recent))
			.containsExactly(recent);
	}

	private void stageDeadClaim(String key, int workCommitted) {
		jdbc.update(
				"UPDATE submission_key SET state = 'IN_PROGRESS', status = NULL, location = NULL, flash = NULL, "
						+ "work_committed = ?, lease_until = ? WHERE submission_key = ?",
				workCommitted, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), UUID.fromString(key));
	}

	private void insert(UUID key, Instant createdAt) {
		jdbc.update("INSERT INTO submission_key (submission_key, path, state, fingerprint, owner, lease_until, "
				+ "created_at, completed_at, status, location) VALUES (?, '/contact', 'DONE', 'f', ?, ?, ?, ?, 302, "
				+ "'/contact/confirmation')", key, UUID.randomUUID(), createdAt.atOffset(ZoneOffset.UTC),
				createdAt.atOffset(ZoneOffset.UTC), createdAt.atOffset(ZoneOffset.UTC));
	}

}
