package fr.integrance.rights.internal.fulfilment;

import static fr.integrance.rights.internal.fulfilment.Answers.letter;
import static fr.integrance.rights.internal.fulfilment.Answers.mails;
import static fr.integrance.rights.internal.fulfilment.Answers.order;
import static fr.integrance.rights.internal.fulfilment.Answers.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.integrance.consent.ConsentManagement;
import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.ConsentPurposes;
import fr.integrance.consent.Decision;
import fr.integrance.consent.RequestOrigin;
import fr.integrance.notification.OutboxDelivery.QueuedMail;
import fr.integrance.people.PersonId;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.rights.RightsRequestId;
import fr.integrance.testsupport.PeopleFixtures;

/**
 * One test per right through the port: the order fulfilled, the SPI called (its effect
 * seen in the modules), the report, the notice in the outbox, and the letter PDF, parsed
 * with PDFBox, saying the right things; every step in the audit journal.
 */
@FulfilmentTest
class FulfilmentsTests {

	@Autowired
	Fulfilments fulfilments;

	@Autowired
	ApplicationContext context;

	@Autowired
	ConsentManagement consents;

	@Autowired
	JdbcTemplate jdbc;

	PeopleFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new PeopleFixtures(context);
	}

	PersonId member() {
		PersonId person = fixtures.person("Lemaire", "Odile", LocalDate.of(1970, 3, 14));
		fixtures.activeContract(person, LocalDate.of(2024, 1, 1), List.of());
		return person;
	}

	long journaled(RightsRequestId request) {
		Long count = jdbc.queryForObject("select count(*) from audit_entry where object_ref = ?", Long.class,
				"rights-request:" + request.value());
		return count == null ? 0 : count;
	}

	@Test
	void accessSendsALinkAndACodeInTwoMailsAndALetter() {
		String email = unique("access");
		FulfilmentOrder order = order("access", "all", DataSubjectRef.person(member().value()), email);

		FulfilmentReport report = fulfilments.fulfil(order);

		assertThat(report.refused()).isFalse();
		assertThat(report.exportedSections()).isPositive();
		assertThat(report.summaryKey()).isEqualTo("rightsanswers.summary.access");
		List<QueuedMail> mails = mails(context, email);
		assertThat(mails).hasSize(2);
		QueuedMail notice = mails.stream()
			.filter(m -> m.text().contains("/mes-droits/copie/"))
			.findFirst()
			.orElseThrow();
		QueuedMail code = mails.stream().filter(m -> m != notice).findFirst().orElseThrow();
		assertThat(notice.subject()).contains(order.reference());
		assertThat(code.subject()).contains(order.reference());
		assertThat(notice.text()).contains("/mes-droits/copie/", "code à usage unique", "CNIL")
			.doesNotContain("Lemaire", "Odile");
		assertThat(notice.text()).doesNotContainPattern("\\b\\d{4} \\d{4}\\b");
		assertThat(code.text()).containsPattern("\\b\\d{4} \\d{4}\\b").doesNotContain("/mes-droits/copie/");
		assertThat(letter(fulfilments, order.request())).contains(order.reference(), "Droit d’accès",
				"20 novembre 2026", "copie de vos données", "téléchargeable", "Commission nationale de l’informatique",
				"3 place de Fontenoy", "75334 PARIS Cedex 07");
		assertThat(journaled(order.request())).isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'rights.access.exported' and subject_ref = ?",
				Long.class, order.subject().journalRef()))
			.isEqualTo(1);
	}

	@Test
	void portabilityIsDeliveredTheSameWay() {
		String email = unique("portability");
		FulfilmentOrder order = order("portability", "all", DataSubjectRef.person(member().value()), email,
				Locale.ENGLISH, null);

		FulfilmentReport report = fulfilments.fulfil(order);

		assertThat(report.summaryKey()).isEqualTo("rightsanswers.summary.portability");
		assertThat(mails(context, email)).hasSize(2);
		assertThat(mails(context, email))
			.anySatisfy(mail -> assertThat(mail.text()).contains("JSON and CSV", "/mes-droits/copie/"));
		assertThat(letter(fulfilments, order.request())).contains("Right to data portability", "Answer to your request",
				"lodge a complaint");
	}

	@Test
	void erasureListsErasedAndKeptRowsWithTheirRuleAndEnd() {
		String email = unique("erasure");
		PersonId person = member();
		FulfilmentOrder order = order("erasure", "all", DataSubjectRef.person(person.value()), email);

		FulfilmentReport report = fulfilments.fulfil(order);

		assertThat(report.erasure()).isNotEmpty()
			.anySatisfy(outcome -> assertThat(outcome.result()).isEqualTo(ErasureOutcome.Result.KEPT));
		String letter = letter(fulfilments, order.request());
		assertThat(letter).contains("Droit de suppression", "enregistrement par enregistrement",
				"Conservé : obligation légale, durée de vie du contrat plus six ans");
		report.erasure()
			.stream()
			.filter(o -> o.result() == ErasureOutcome.Result.KEPT)
			.forEach(o -> assertThat(letter).contains(o.record()));
		assertThat(mails(context, email)).singleElement()
			.satisfies(mail -> assertThat(mail.text()).contains("conservées", "lettre de réponse"));
	}

	@Test
	void restrictionIsSetThroughTheSpiThenLifted() {
		String email = unique("restriction");
		DataSubjectRef subject = DataSubjectRef.person(member().value());
		FulfilmentOrder order = new FulfilmentOrder(RightsRequestId.random(), "DDR-2026-900001", "restriction", "all",
				subject, "Alice Martin", email, Locale.FRENCH, java.time.Instant.parse("2026-11-20T09:00:00Z"), null,
				null, RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS);

		FulfilmentReport report = fulfilments.fulfil(order);

		assertThat(report.restriction()).isNotEmpty();
		assertThat(report.restriction().stream().mapToInt(r -> r.records()).sum()).isPositive();
		assertThat(letter(fulfilments, order.request())).contains("Droit à la limitation du traitement",
				"défense de droits en justice", "avant de lever");

		FulfilmentOrder lifting = order(Fulfilments.LIFT_RESTRICTION, "all", subject, email);
		FulfilmentReport lifted = fulfilments.fulfil(lifting);
		assertThat(lifted.restriction().stream().mapToInt(r -> r.records()).sum()).isPositive();
		assertThat(letter(fulfilments, lifting.request())).contains("levé la limitation");
		assertThat(mails(context, email)).hasSize(2);
	}

	@Test
	void objectionToALegitimateInterestStopsTheProcessing() {
		String email = unique("objection");
		FulfilmentOrder order = order("objection", "website-statistics", DataSubjectRef.person(member().value()),
				email);

		FulfilmentReport report = fulfilments.fulfil(order);

		assertThat(report.refused()).isFalse();
		assertThat(report.restriction()).isNotEmpty();
		assertThat(letter(fulfilments, order.request())).contains("Droit d’opposition", "Traitement statistique",
				"est arrêté");
	}

	@Test
	void objectionWithCompellingGroundsIsAnsweredWithThem() {
		String email = unique("grounds");
		FulfilmentOrder order = order("objection", "website-statistics", DataSubjectRef.person(member().value()), email,
				Locale.FRENCH, "Mesure de sécurité du site contre la fraude en cours d’enquête");

		FulfilmentReport report = fulfilments.fulfil(order);

		assertThat(report.refused()).isTrue();
		assertThat(report.restriction()).isEmpty();
		assertThat(letter(fulfilments, order.request())).contains("motifs légitimes et impérieux",
				"Mesure de sécurité du site contre la fraude", "réclamation");
	}

	@Test
	void objectionToMarketingIsAbsolute() {
		String email = unique("marketing");
		DataSubjectRef subject = DataSubjectRef.person(member().value());
		consents.record(subject, Map.of(ConsentPurposes.MARKETING, Decision.GIVEN), ConsentMethod.FORM,
				RequestOrigin.NONE);

		FulfilmentReport report = fulfilments.fulfil(order("objection", "marketing", subject, email));

		assertThat(report.refused()).isFalse();
		assertThat(consents.currentState(subject).get(ConsentPurposes.MARKETING).decision())
			.isEqualTo(Decision.WITHDRAWN);
		assertThat(consents.currentState(subject).get(ConsentPurposes.MARKETING).method())
			.isEqualTo(ConsentMethod.RIGHTS_REQUEST);
	}

	@Test
	void objectionToAContractPurposeIsARefusalWithItsReasons() {
		String email = unique("noobjection");
		FulfilmentOrder order = order("objection", "iadherent-member-changes", DataSubjectRef.person(member().value()),
				email);

		FulfilmentReport report = fulfilments.fulfil(order);

		assertThat(report.refused()).isTrue();
		assertThat(letter(fulfilments, order.request())).contains("Refus motivé", "ne s’applique pas",
				"3 place de Fontenoy");
	}

	@Test
	void withdrawalOfConsentIsEffectiveAtOnceWithItsProof() {
		String email = unique("withdrawal");
		DataSubjectRef subject = DataSubjectRef.person(member().value());
		consents.record(subject, Map.of(ConsentPurposes.MARKETING, Decision.GIVEN,
				ConsentPurposes.MEMBER_ACCOUNT_CREATION, Decision.GIVEN), ConsentMethod.FORM, RequestOrigin.NONE);
		FulfilmentOrder order = order("withdraw-consent", "all", subject, email);

		fulfilments.fulfil(order);

		assertThat(consents.currentState(subject).values()).allSatisfy(state -> assertThat(state.allows()).isFalse());
		assertThat(letter(fulfilments, order.request())).contains("2 consentement(s) retiré(s)", "Preuve : retrait",
				"Création du compte de connexion", "ne remet pas en cause");
	}

	@Test
	void rectificationSaysWhatWasCorrectedAndThatRecipientsAreTold() {
		String email = unique("rectification");
		FulfilmentOrder order = order("rectification", "all", DataSubjectRef.person(member().value()), email,
				Locale.FRENCH, "adresse postale corrigée en 14 rue des Lilas");

		fulfilments.fulfil(order);

		assertThat(letter(fulfilments, order.request())).contains("Droit de rectification",
				"adresse postale corrigée en 14 rue des Lilas", "communiquées à aucun destinataire");
		assertThat(mails(context, email)).singleElement()
			.satisfies(mail -> assertThat(mail.text()).contains("détail de la correction")
				.doesNotContain("14 rue des Lilas"));
		assertThatThrownBy(() -> fulfilments
			.fulfil(order("rectification", "all", DataSubjectRef.person(member().value()), unique("nonote"))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aRefusalStatesItsReasonsAndTheRightToComplain() {
		String email = unique("refusal");
		FulfilmentOrder order = order("erasure", "all", DataSubjectRef.email(email), email);

		FulfilmentReport report = fulfilments.refuse(order, "Demande manifestement excessive : cinquième en un mois.");

		assertThat(report.refused()).isTrue();
		assertThat(letter(fulfilments, order.request())).contains("Refus motivé", "manifestement excessive",
				"Commission nationale de l’informatique et des libertés", "https://www.cnil.fr/fr/plaintes");
		assertThat(mails(context, email)).singleElement()
			.satisfies(mail -> assertThat(mail.text()).contains("manifestement excessive", "réclamation"));
		assertThat(journaled(order.request())).isGreaterThanOrEqualTo(2);
		assertThatThrownBy(() -> fulfilments.refuse(order, "encore")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aLetterOfARequestNotAnsweredIsNotFound() {
		assertThatThrownBy(() -> fulfilments.writeLetter(RightsRequestId.random(), new ByteArrayOutputStream()))
			.isInstanceOf(NoSuchElementException.class);
	}

}
