package fr.integrance.dpo.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.audit.AuditJournalRetention;
import fr.integrance.audit.JournalIntegrity;
import fr.integrance.audit.JournalSegment;
import fr.integrance.dpo.DpoPages;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.WebSession;

/**
 * The journal page: filters, keyset paging newest first, bad filters shown back with a
 * French error beside their field, the verification status and its button, which still
 * finds the journal intact after its oldest entries were purged. Each test filters on its
 * own subject (the PostgreSQL suite shares one journal).
 */
@IdentityIntegrationTest
class JournalPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AuditJournal journal;

	@Autowired
	MutableClock clock;

	@Autowired
	AuditJournalRetention retention;

	@Autowired
	JournalIntegrity integrity;

	WebSession dpo;

	String subject;

	@BeforeEach
	void signIn() {
		dpo = accounts.signIn(new WebSession(mvc), accounts.account(Role.DPO));
		subject = "PERSON:" + UUID.randomUUID();
	}

	private long record(AuditActor actor, AuditAction action, String purpose) {
		return journal.record(AuditEvent.success(actor, action)
			.withSubject(DataSubjectRef.person(subject.substring("PERSON:".length())))
			.withPurpose(purpose));
	}

	@Test
	void filtersBySubjectNewestFirstInPagesOfFifty() {
		AuditActor staff = AuditActor.account(UUID.randomUUID());
		long first = record(staff, AuditAction.PERSON_READ, "member-management");
		for (int i = 0; i < 54; i++) {
			record(staff, AuditAction.PERSON_READ, "member-management");
		}
		long last = record(AuditActor.system("retention-job"), AuditAction.DATA_ERASED, "member-management");

		Document page = DpoPages.page(dpo, "/dpo/journal?sujet=" + subject);
		assertThat(page.select(".dpo-entry")).hasSize(JournalFilter.PAGE_SIZE);
		assertThat(page.select(".dpo-entry").first().attr("data-sequence")).isEqualTo(Long.toString(last));
		assertThat(page.select(".dpo-entry").first().text()).contains("data.erased")
			.contains("Traitement automatique")
			.contains("retention-job")
			.contains(subject)
			.contains("member-management");
		String older = page.select("#plus-anciennes").attr("href");
		assertThat(older).contains("avant=").contains("sujet=" + subject);

		Document second = DpoPages.page(dpo, older);
		assertThat(second.select(".dpo-entry")).hasSize(6);
		assertThat(second.select(".dpo-entry").last().attr("data-sequence")).isEqualTo(Long.toString(first));
		assertThat(second.select("#plus-anciennes")).isEmpty();
		assertThat(second.select("nav.pagination a").text()).contains("Entrées les plus récentes");
	}

	@Test
	void filtersByActorKindAndPeriodInParisTime() {
		AuditActor staff = AuditActor.account(UUID.randomUUID());
		record(staff, AuditAction.PERSON_READ, "member-management");
		record(staff, AuditAction.DATA_CHANGED, "member-management");
		record(AuditActor.anonymous(), AuditAction.PERSON_READ, "member-management");

		Document byActor = DpoPages.page(dpo, "/dpo/journal?sujet=" + subject + "&acteur=" + staff.id());
		assertThat(byActor.select(".dpo-entry")).hasSize(2);
		assertThat(byActor.select(".dpo-entry").text()).contains("Compte").doesNotContain("Visiteur anonyme");

		Document byKind = DpoPages.page(dpo, "/dpo/journal?sujet=" + subject + "&type=data.changed");
		assertThat(byKind.select(".dpo-entry")).hasSize(1);

		String today = java.time.LocalDate.now(clock.withZone(fr.integrance.platform.FrenchDates.FRANCE))
			.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		Document inPeriod = DpoPages.page(dpo, "/dpo/journal?sujet=" + subject + "&du=" + today + "&au=" + today);
		assertThat(inPeriod.select(".dpo-entry")).hasSize(3);
		assertThat(inPeriod.select(".dpo-entry time").first().text()).contains(today).contains(" à ");

		String before = java.time.LocalDate.now(clock.withZone(fr.integrance.platform.FrenchDates.FRANCE))
			.minusDays(3)
			.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		Document none = DpoPages.page(dpo, "/dpo/journal?sujet=" + subject + "&du=" + before + "&au=" + before);
		assertThat(none.select(".dpo-entry")).isEmpty();
		assertThat(none.select("#journal-vide").text()).isEqualTo("Aucune entrée ne correspond à ces filtres.");
	}

	@Test
	void badFiltersAreShownBesideTheirFieldsInFrench() {
		Document page = DpoPages.page(dpo, "/dpo/journal?du=31/02/2026&au=01/01/2026&sujet=jean.dupont&type=Lecture");
		assertThat(page.select("#du-error").text()).contains("Saisissez une date qui existe");
		assertThat(page.select("#du").attr("value")).isEqualTo("31/02/2026");
		assertThat(page.select("#du").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#sujet-error").text()).contains("PERSON:");
		assertThat(page.select("#type-error").text()).contains("person.read");
		assertThat(page.select(".dpo-entry")).isEmpty();
		assertThat(page.select("[role=alert]").text()).contains("corrigez les champs signalés");

		Document reversed = DpoPages.page(dpo, "/dpo/journal?du=10/03/2026&au=09/03/2026");
		assertThat(reversed.select("#au-error").text()).contains("La fin de la période");
		assertThat(reversed.select("#du-error")).isEmpty();

		assertThat(dpo.get("/dpo/journal?avant=abc").getStatus()).isEqualTo(400);
		assertThat(dpo.get("/dpo/journal?avant=0").getStatus()).isEqualTo(400);
	}

	@Test
	void showsTheVerificationStatusAndVerifiesBackToThisPage() {
		Document page = DpoPages.page(dpo, "/dpo/journal");
		assertThat(page.select("form[action=/dpo/journal/verification] input[name=retour]").attr("value"))
			.isEqualTo("journal");
		assertThat(dpo.post("/dpo/journal/verification", "retour", "journal").getRedirectedUrl())
			.isEqualTo("/dpo/journal");
		assertThat(dpo.post("/dpo/journal/verification", "retour", "https://ailleurs.example").getRedirectedUrl())
			.isEqualTo("/dpo");
		Document after = DpoPages.page(dpo, "/dpo/journal");
		assertThat(after.select("#journal-etat")).hasSize(1);
		assertThat(after.select("#journal-etat").text()).contains("Dernière vérification");
	}

	/**
	 * The journal of the PostgreSQL suite is shared by every test context, each with its
	 * own journal key: the whole chain verifies on H2 only (as in DpoJournalPageTests).
	 */
	@org.springframework.beans.factory.annotation.Value("${spring.datasource.url}")
	String url;

	@Test
	void theVerificationStillPassesAfterOldEntriesArePurged() {
		org.junit.jupiter.api.Assumptions.assumeFalse(url.startsWith("jdbc:postgresql"),
				"one journal key per database");
		journal.record(AuditEvent.success(AuditActor.account("account-purge"), AuditAction.PERSON_READ)
			.withSubject(() -> subject));
		clock.advance(Duration.ofSeconds(2));
		Instant cutoff = clock.instant();
		clock.advance(Duration.ofSeconds(2));
		journal.record(AuditEvent.success(AuditActor.account("account-purge"), AuditAction.PERSON_READ)
			.withSubject(() -> subject));

		JournalSegment segment = retention.purgeRecordedBefore(cutoff).orElseThrow();
		assertThat(retention.segment()).contains(segment);

		assertThat(dpo.post("/dpo/journal/verification", "retour", "journal").getRedirectedUrl())
			.isEqualTo("/dpo/journal");
		assertThat(integrity.lastCheck()).hasValueSatisfying(check -> assertThat(check.report().ok()).isTrue());
	}

	@Test
	void membersAreRefused() {
		WebSession member = accounts.signIn(new WebSession(mvc), accounts.account(Role.MEMBER));
		assertThat(member.get("/dpo/journal").getStatus()).isEqualTo(403);
	}

}
