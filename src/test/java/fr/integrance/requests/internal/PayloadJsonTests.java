package fr.integrance.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.integrance.contracts.DependantType;
import fr.integrance.people.FamilySituation;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.platform.Civility;
import fr.integrance.platform.PostalAddress;
import fr.integrance.requests.AttachmentId;
import fr.integrance.requests.CaseFixtures;
import fr.integrance.requests.RequestType;
import fr.integrance.requests.Solicitation;
import fr.integrance.requests.SubscriptionRequest;

/**
 * Stored payloads stay readable: what earlier versions wrote (the requests module's own
 * civilities, addresses as two lines, dependants without a civility, anonymised payloads)
 * reads as today's records, and today's records read back as they were written.
 */
class PayloadJsonTests {

	/**
	 * A subscription exactly as the version before the platform's vocabulary stored it
	 * (written by that version's records and JSON mapper).
	 */
	static final String SUBSCRIPTION_BEFORE_ONE_VOCABULARY = """
			{"subscriber":{"civility":"MADAME","lastName":"Nguyễn","firstName":"Minh","birthName":"Tran",\
			"birthDate":"1979-11-03","phone":"+33612345678","email":"minh@example.fr","address":{"line1":\
			"3 allée des Tilleuls","line2":"Bâtiment B","postalCode":"20000","city":"Ajaccio"}},"situation":\
			{"scheme":"ALSACE_MOSELLE","fund":"CPAM du Bas-Rhin","familySituation":"CIVIL_PARTNERSHIP"},\
			"dependants":[{"relationship":"PACS_PARTNER","lastName":"Durand","firstName":"Léa","birthDate":\
			"1981-01-31","civility":"MONSIEUR"},{"relationship":"CHILD","lastName":"Nguyễn","firstName":"Tâm",\
			"birthDate":"2020-02-29","civility":null}],"planCode":"essentielle","marketingConsent":true,\
			"noticeVersion":"2026.1","attachmentIds":["7b0c3f5e-1d2a-4c8b-9e61-0f4a2b3c4d5e"],"language":"fr"}""";

	/** A sollicitation exactly as the same version stored it. */
	static final String SOLICITATION_BEFORE_ONE_VOCABULARY = """
			{"subject":"Lunettes","message":"Bonjour,\\nOù en est mon dossier ?","contact":{"civility":"MADAME",\
			"lastName":"Martin","firstName":"Paule","email":"paule@example.fr","phone":"+33612345678",\
			"memberNumber":"1000000016"},"noticeVersion":"2026.1","attachmentIds":[],"language":"en"}""";

	@Test
	void aSubscriptionStoredBeforeTheSharedVocabularyReadsWithThePlatformsValues() {
		SubscriptionRequest request = (SubscriptionRequest) PayloadJson.read(RequestType.of(SubscriptionRequest.class),
				SUBSCRIPTION_BEFORE_ONE_VOCABULARY);

		assertThat(request.subscriber().civility()).isEqualTo(Civility.MME);
		assertThat(request.subscriber().birthName()).isEqualTo("Tran");
		assertThat(request.subscriber().address())
			.isEqualTo(PostalAddress.of(List.of("3 allée des Tilleuls", "Bâtiment B"), "20000", "Ajaccio", "FR"));
		assertThat(request.situation().scheme()).isEqualTo(MandatoryScheme.ALSACE_MOSELLE);
		assertThat(request.dependants()).extracting(SubscriptionRequest.Dependant::relationship)
			.containsExactly(DependantType.PACS_PARTNER, DependantType.CHILD);
		assertThat(request.dependants()).extracting(SubscriptionRequest.Dependant::civility)
			.containsExactly(Civility.M, null);
		assertThat(request.attachmentIds())
			.containsExactly(new AttachmentId(UUID.fromString("7b0c3f5e-1d2a-4c8b-9e61-0f4a2b3c4d5e")));
		assertThat(request.planCode()).isEqualTo("essentielle");
		assertThat(request.marketingConsent()).isTrue();
	}

	@Test
	void aSolicitationStoredBeforeTheSharedVocabularyReadsWithThePlatformsCivility() {
		Solicitation solicitation = (Solicitation) PayloadJson.read(RequestType.of(Solicitation.class),
				SOLICITATION_BEFORE_ONE_VOCABULARY);

		assertThat(solicitation.contact().civility()).isEqualTo(Civility.MME);
		assertThat(solicitation.message()).isEqualTo("Bonjour,\nOù en est mon dossier ?");
		assertThat(solicitation.language()).isEqualTo("en");
	}

	@Test
	void anOldPayloadWithoutDependantCivilityNorSecondAddressLineStillReads() {
		String old = """
				{"subscriber":{"civility":"MONSIEUR","lastName":"Nguyễn","firstName":"Minh","birthName":null,
				"birthDate":"1979-11-03","phone":"+33612345678","email":"minh@example.fr",
				"address":{"line1":"3 allée des Tilleuls","line2":null,"postalCode":"20000","city":"Ajaccio"}},
				"situation":{"scheme":"GENERAL","fund":null,"familySituation":"SINGLE"},
				"dependants":[{"relationship":"CHILD","lastName":"Nguyễn","firstName":"Tâm","birthDate":"2020-02-29"}],
				"planCode":"essentielle","marketingConsent":false,"noticeVersion":"2026.1","attachmentIds":[],
				"language":"fr"}
				""";

		SubscriptionRequest request = (SubscriptionRequest) PayloadJson.read(RequestType.of(SubscriptionRequest.class),
				old);

		assertThat(request.subscriber().civility()).isEqualTo(Civility.M);
		assertThat(Objects.requireNonNull(request.subscriber().address()).lines())
			.containsExactly("3 allée des Tilleuls");
		assertThat(request.dependants()).singleElement().satisfies(dependant -> {
			assertThat(dependant.firstName()).isEqualTo("Tâm");
			assertThat(dependant.birthDate()).isEqualTo(LocalDate.of(2020, 2, 29));
			assertThat(dependant.civility()).isNull();
		});
	}

	@Test
	void anAnonymisedPayloadStillReadsAsItsType() {
		String anonymised = """
				{"subscriber":{},"situation":{},"dependants":[],"planCode":"essentielle","marketingConsent":false,\
				"noticeVersion":"2026.1","attachmentIds":[],"language":"fr"}""";

		SubscriptionRequest request = (SubscriptionRequest) PayloadJson.read(RequestType.of(SubscriptionRequest.class),
				anonymised);

		assertThat(request.subscriber().lastName()).isNull();
		assertThat(request.subscriber().address()).isNull();
		assertThat(request.planCode()).isEqualTo("essentielle");
	}

	@Test
	void todaysPayloadsRoundTripWithThePlatformsNames() {
		SubscriptionRequest request = CaseFixtures.withCivilities(CaseFixtures.subscription("a@example.fr",
				List.of(new AttachmentId(UUID.fromString("7b0c3f5e-1d2a-4c8b-9e61-0f4a2b3c4d5e")))));

		String json = PayloadJson.write(request);

		assertThat(json).contains("\"civility\":\"M\"", "\"civility\":\"MME\"", "\"relationship\":\"PACS_PARTNER\"",
				"\"lines\":[\"3 allée des Tilleuls\",\"Bâtiment B\"]", "\"country\":\"FR\"",
				"\"attachmentIds\":[\"7b0c3f5e-1d2a-4c8b-9e61-0f4a2b3c4d5e\"]");
		assertThat(PayloadJson.read(request.type(), json)).isEqualTo(request);
	}

	@Test
	void everyPermittedRecordIsARequestTypeWithItsName() {
		assertThat(RequestType.values()).extracting(RequestType::name)
			.containsExactly("SUBSCRIPTION", "SOLICITATION", "GUARDIAN_ADHESION", "GUARDIAN_CHANGE",
					"DEPENDANT_ADDITION", "DEPENDANT_REMOVAL");
		assertThat(RequestType.valueOf("SOLICITATION").payloadType()).isEqualTo(Solicitation.class);
		assertThat(RequestType.find("AUTRE")).isEmpty();
		assertThatThrownBy(() -> new RequestType("SOLICITATION", SubscriptionRequest.class))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(new SubscriptionRequest(
				new SubscriptionRequest.Subscriber(null, null, null, null, null, null, null, null),
				new SubscriptionRequest.Situation(null, null, FamilySituation.SINGLE), List.of(), null, false, null,
				List.of(), "fr")
			.type()).isEqualTo(RequestType.valueOf("SUBSCRIPTION"));
	}

	@Test
	void guardianPayloadsRoundTripWithTheirSealedFieldsAsWritten() {
		java.util.UUID organisation = java.util.UUID.randomUUID();
		fr.integrance.requests.GuardianAdhesion adhesion = new fr.integrance.requests.GuardianAdhesion(organisation,
				"Agent Tuteur", "agent@example.org",
				new fr.integrance.requests.GuardianAdhesion.Adult(fr.integrance.platform.Civility.M, "Durand", "Octave",
						null, java.time.LocalDate.of(1950, 1, 15),
						fr.integrance.platform.PostalAddress.french(List.of("12 rue des Tilleuls"),
								fr.integrance.platform.PostalCode.of("69003"), "Lyon")),
				new fr.integrance.requests.GuardianAdhesion.Measure(
						fr.integrance.contracts.ProtectionMeasure.MESURE_ACCOMPAGNEMENT_JUDICIAIRE,
						"Tribunal judiciaire de Lyon", java.time.LocalDate.of(2026, 1, 5), "RG 26/0777",
						java.time.LocalDate.of(2026, 1, 15), null),
				new fr.integrance.contracts.CareAndHousing(fr.integrance.contracts.Housing.CARE_HOME, "EHPAD"),
				new fr.integrance.requests.GuardianAdhesion.Sealed(
						java.util.UUID.randomUUID(), "v1:nir", "v1:iban", "v1:bic", "v1:holder", "v1:needs"),
				"ESSENTIELLE",
				List.of(new fr.integrance.requests.GuardianAdhesion.Beneficiary(
						fr.integrance.contracts.DependantType.CHILD, fr.integrance.platform.Civility.MME, "Durand",
						"Lise", java.time.LocalDate.of(2008, 4, 2))),
				List.of(), "fr");
		String json = PayloadJson.write(adhesion);
		assertThat(json).contains("\"healthNeeds\":\"v1:needs\"", "\"type\":\"MESURE_ACCOMPAGNEMENT_JUDICIAIRE\"");
		assertThat(PayloadJson.read(adhesion.type(), json)).isEqualTo(adhesion);
		assertThat(adhesion.toString()).doesNotContain("Durand", "Octave", "v1:");

		fr.integrance.requests.GuardianChange change = new fr.integrance.requests.GuardianChange(organisation,
				java.util.UUID.randomUUID(), "Agent Tuteur", "agent@example.org",
				fr.integrance.requests.GuardianChange.Kind.TERMINATION, null, java.time.LocalDate.of(2026, 3, 1), null,
				null, fr.integrance.requests.GuardianChange.Termination.DEATH, List.of(), "fr");
		assertThat(PayloadJson.read(change.type(), PayloadJson.write(change))).isEqualTo(change);
	}

}
