package fr.integrance.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.audit.JournalPage;
import fr.integrance.audit.JournalQuery;
import fr.integrance.audit.JournalRecord;
import fr.integrance.audit.JournalSearch;
import fr.integrance.platform.JournalSubject;
import fr.integrance.testsupport.MutableClock;

/**
 * The journal search: filters combined, newest first, keyset pages that cover every match
 * once, the period as [from, until). Each test works on its own subject (the PostgreSQL
 * suite shares one journal).
 */
@SpringBootTest
@Import(AuditTestConfiguration.class)
@Tag("integration")
class JournalSearchTests {

	@Autowired
	AuditJournal journal;

	@Autowired
	JournalSearch search;

	@Autowired
	MutableClock clock;

	private static JournalSubject subject(String ref) {
		return () -> ref;
	}

	@Test
	void keysetPagesNewestFirstCoverEveryMatchOnce() {
		String ref = "PERSON:" + UUID.randomUUID();
		List<Long> recorded = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			recorded.add(journal.record(AuditEvent.success(AuditActor.system("search-test"), AuditAction.PERSON_READ)
				.withSubject(subject(ref))));
		}
		List<Long> seen = new ArrayList<>();
		Long before = null;
		int pages = 0;
		do {
			JournalPage page = search.search(new JournalQuery(ref, null, null, null, null, before, 3));
			page.entries().forEach(entry -> seen.add(entry.sequence()));
			before = page.nextBefore();
			pages++;
		}
		while (before != null);
		assertThat(pages).isEqualTo(3);
		java.util.Collections.reverse(recorded);
		assertThat(seen).containsExactlyElementsOf(recorded);
	}

	@Test
	void filtersCombineOnActorActionAndPeriod() {
		String ref = "PERSON:" + UUID.randomUUID();
		AuditActor staff = AuditActor.account(UUID.randomUUID());
		// A second back: the journal stores microseconds, the clock may hold nanoseconds.
		Instant start = clock.instant().minusSeconds(1);
		journal.record(AuditEvent.success(staff, AuditAction.PERSON_READ).withSubject(subject(ref)).withPurpose("p1"));
		journal.record(AuditEvent.success(staff, AuditAction.DATA_CHANGED).withSubject(subject(ref)));
		clock.advance(Duration.ofHours(2));
		long later = journal
			.record(AuditEvent.denied(AuditActor.anonymous(), AuditAction.PERSON_READ).withSubject(subject(ref)));
		try {
			assertThat(search.search(new JournalQuery(ref, staff.ref(), null, null, null, null, 10)).entries())
				.hasSize(2);
			List<JournalRecord> reads = search
				.search(new JournalQuery(ref, staff.ref(), "person.read", null, null, null, 10))
				.entries();
			assertThat(reads).singleElement().satisfies(entry -> {
				assertThat(entry.purpose()).isEqualTo("p1");
				assertThat(entry.actorKind()).isEqualTo("ACCOUNT");
				assertThat(entry.actorId()).isEqualTo(staff.id());
				assertThat(entry.outcome()).isEqualTo("SUCCESS");
			});
			assertThat(search.search(new JournalQuery(ref, null, null, start.plus(Duration.ofHours(1)), null, null, 10))
				.entries()).extracting(JournalRecord::sequence).containsExactly(later);
			assertThat(
					search.search(new JournalQuery(ref, null, null, start, start.plus(Duration.ofHours(1)), null, 10))
						.entries())
				.hasSize(2);
			JournalRecord anonymous = search.search(new JournalQuery(ref, "ANONYMOUS", null, null, null, null, 10))
				.entries()
				.get(0);
			assertThat(anonymous.actorKind()).isEqualTo("ANONYMOUS");
			assertThat(anonymous.actorId()).isNull();
		}
		finally {
			clock.advance(Duration.ofHours(-2));
		}
	}

	@Test
	void aQueryRefusesPersonalValuesAndOversizedPages() {
		assertThatThrownBy(() -> new JournalQuery("jean@exemple.fr", null, null, null, null, null, 10))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new JournalQuery(null, null, "Lecture", null, null, null, 10))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> JournalQuery.all(JournalQuery.MAX_SIZE + 1))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
