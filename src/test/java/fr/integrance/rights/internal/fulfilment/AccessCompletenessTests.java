package fr.integrance.rights.internal.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.metamodel.EntityType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import fr.integrance.consent.ConsentManagement;
import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.ConsentPurposes;
import fr.integrance.consent.Decision;
import fr.integrance.consent.RequestOrigin;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.NewDependant;
import fr.integrance.notification.MailOutbox;
import fr.integrance.notification.MailText;
import fr.integrance.notification.OutgoingMail;
import fr.integrance.people.FamilySituation;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.people.NewPerson;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Bic;
import fr.integrance.platform.Civility;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.Iban;
import fr.integrance.platform.PersonName;
import fr.integrance.platform.PersonalData;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.platform.PostalAddress;
import fr.integrance.platform.PostalCode;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProviders;
import fr.integrance.rights.RightsRequestSubmission;
import fr.integrance.rights.RightsRequests;
import fr.integrance.testsupport.PeopleFixtures;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import fr.integrance.consent.MarketingUnsubscribeLinks;
import fr.integrance.contracts.Affiliation;
import fr.integrance.contracts.AffiliationDependants;
import fr.integrance.contracts.Affiliations;
import fr.integrance.contracts.GroupContract;
import fr.integrance.contracts.GroupContracts;
import fr.integrance.contracts.NewAffiliation;
import fr.integrance.contracts.NewGroupContract;
import fr.integrance.contracts.NewRepresentation;
import fr.integrance.contracts.ProtectionMeasure;
import fr.integrance.contracts.RepresentationActivity;
import fr.integrance.contracts.Representations;
import fr.integrance.contracts.TerminationReason;
import fr.integrance.documents.DocumentActor;
import fr.integrance.documents.DocumentId;
import fr.integrance.documents.DocumentSpaces;
import fr.integrance.documents.FolderId;
import fr.integrance.documents.NewDocument;
import fr.integrance.documents.QuotaExceededException;
import fr.integrance.documents.SpaceId;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.MemberAccounts;
import fr.integrance.identity.Role;
import fr.integrance.identity.SecondFactors;
import fr.integrance.identity.TestAccounts;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationKind;
import fr.integrance.people.BankDetailChanges;
import fr.integrance.platform.DateRange;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.requests.CaseFixtures;
import fr.integrance.requests.CaseId;
import fr.integrance.requests.Cases;
import fr.integrance.requests.PersonCases;
import fr.integrance.retention.RetentionClocks;
import fr.integrance.rights.ReceivedRightsRequest;
import fr.integrance.requests.TestFiles;
import fr.integrance.testsupport.WebSession;

/**
 * The completeness check of the access export: a subject with data in the modules, and
 * every exported {@code @PersonalData} field of every JPA entity (found by reflection
 * over the metamodel, embeddables and mapped superclasses included) must appear in the
 * export of its module, so that a new table or a new field cannot be left out of a copy.
 * Fields marked {@code export = SECRET} or {@code LOOKUP_KEY} are not exported by design.
 * <p>
 * An entity this fixture does not fill yet is listed in {@link #NOT_BUILT} with the
 * reason: a new entity is in neither, and fails the test until it is exported or listed.
 */
@FulfilmentTest
class AccessCompletenessTests {

	/**
	 * Entities this test does not give the subject a row in yet, by simple name, and why.
	 * Each is still checked to exist, so that the list cannot go stale.
	 */
	static final Map<String, String> NOT_BUILT = Map.ofEntries(
			Map.entry("ActivationAttempt",
					"identity: a failed activation is keyed by a digest of what was typed, never by person or account,"
							+ " and deleted once its window (an hour) has passed: it cannot be found from a subject"),
			Map.entry("Organisation", "organisations: an organisation is a legal person, not a data subject"),
			Map.entry("ReminderSentEntity",
					"documents: written by the daily reminder job only, about a document this fixture already exports"));

	/**
	 * Fields of built entities this fixture leaves without a value that an export would
	 * show, and why.
	 */
	static final Map<String, String> FIELDS_NOT_BUILT = Map
		.of("PersonEntity.pendingEmailExpiresAt",
				"set only while a change of e-mail address waits for its confirmation",
				"IndividualContractEntity.statusReason",
				"set only when a contract is suspended or terminated; the fixture's contract is active",
				"RightsRequestStep.reason",
				"given when staff extend, refuse or decide on the identity; the fixture's request was just received",
				"DependantEntity.type",
				"a dependant's row is the dependant's data: in the child's copy, not in the member's (never another"
						+ " person's data)",
				"AffiliationDependantEntity.type", "the same, for an employee's dependant");

	@Autowired
	EntityManagerFactory entities;

	@Autowired
	PersonalDataProviders providers;

	@Autowired
	ApplicationContext context;

	@Autowired
	ConsentManagement consents;

	@Autowired
	RightsRequests rights;

	@Autowired
	MailOutbox outbox;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Test
	void theAccessExportHoldsEveryPersonalFieldOfEveryEntityHoldingTheSubjectsData() {
		String email = Answers.unique("complete");
		PersonId person = subject(email);

		List<ExportSection> export = new ArrayList<>(providers.export(DataSubjectRef.person(person.value())));
		export.addAll(providers.export(DataSubjectRef.email(email)));

		Map<String, Set<String>> exportedFields = new TreeMap<>();
		export.forEach(section -> section.records()
			.forEach(record -> exportedFields.computeIfAbsent(section.module(), m -> new TreeSet<>())
				.addAll(record.keySet())));
		Map<String, List<String>> personalFields = personalFields();
		Set<String> entityNames = new TreeSet<>();
		entities.getMetamodel().getEntities().forEach(type -> entityNames.add(type.getJavaType().getSimpleName()));
		assertThat(entityNames).as("exclusions naming no entity").containsAll(NOT_BUILT.keySet());

		List<String> missing = new ArrayList<>();
		personalFields.forEach((entity, fields) -> {
			if (NOT_BUILT.containsKey(entity)) {
				return;
			}
			String module = fields.get(0);
			for (String field : fields.subList(1, fields.size())) {
				if (!exportedFields.getOrDefault(module, Set.of()).contains(field)
						&& !FIELDS_NOT_BUILT.containsKey(entity + "." + field)) {
					missing.add(module + ": " + entity + "." + field);
				}
			}
		});
		assertThat(missing).as("@PersonalData fields missing from the access export").isEmpty();
	}

	/**
	 * A person with data in every module: a contract with a dependant, a bank account and
	 * a bank change waiting for its signature, consents and an unsubscribe link, a rights
	 * request answered, mails, an iAdhérent account (second factor, recovery codes, a
	 * failed sign-in, an activation link), a case with a file, a document space, an
	 * employer's affiliation ended (and its retention clock), a guardian's representation
	 * (an opening of the file, a lapse alert).
	 */
	private PersonId subject(String email) {
		PeopleFixtures fixtures = new PeopleFixtures(context);
		LocalDate birth = LocalDate.of(1975, 5, 17);
		PersonId person = fixtures.people()
			.register(new NewPerson(PersonName.of(Civility.MME, "Complete", "Amandine"), birth,
					PeopleFixtures.randomNir(Civility.MME, birth), EmailAddress.of(email),
					PhoneNumber.parse("06 12 34 56 78"),
					PostalAddress.french(List.of("3 rue des Tests"), PostalCode.of("69003"), "Lyon"),
					FamilySituation.MARRIED, MandatoryScheme.GENERAL, "CPAM du Rhône"));
		fr.integrance.people.BankAccountId account = fixtures.people()
			.addBankAccount(person, Iban.parse("FR76 3000 6000 0112 3456 7890 189"), Bic.parse("BNPAFRPP"),
					"Amandine Complete");
		fixtures.people().signMandate(account, LocalDate.of(2020, 1, 1));
		outbox.enqueue(
				OutgoingMail
					.notice(EmailAddress.of(email), "rightsanswers.mail.subject", null,
							MailText.of("rightsanswers.mail.letter"))
					.withSubjectArguments("DDR-2026-000001"));
		PersonId child = fixtures.person("Complete", "Léo", LocalDate.of(2012, 2, 3));
		fixtures.activeContract(person, LocalDate.of(2020, 1, 1),
				List.of(new NewDependant(child, DependantType.CHILD, LocalDate.of(2020, 1, 1))));
		context.getBean(fr.integrance.contracts.ProtectedAdultCare.class)
			.record(person,
					new fr.integrance.contracts.CareAndHousing(fr.integrance.contracts.Housing.CARE_HOME,
							"EHPAD des Tests"),
					new fr.integrance.contracts.HealthNeeds(true, false, true, false, true, "Précisions de test"));
		consents.record(DataSubjectRef.person(person.value()), Map.of(ConsentPurposes.MARKETING, Decision.GIVEN),
				ConsentMethod.FORM, new RequestOrigin("203.0.113.9", "Test agent"));
		ReceivedRightsRequest received = rights.receive(new RightsRequestSubmission("access", "all",
				"Toutes mes données", "Amandine", "Complete", email, "M123456", "fr"));
		answered(received, person, email);
		accountsOf(person, email);
		caseOf(person);
		context.getBean(MarketingUnsubscribeLinks.class).linkFor(DataSubjectRef.person(person.value()));
		context.getBean(BankDetailChanges.class)
			.propose(person, Iban.parse("FR14 2004 1010 0505 0001 3M02 606"), null, "Amandine Complete");
		documents(person);
		employee(person);
		protectedAdult(person);
		return person;
	}

	/** The access request answered: the letter kept as the proof. */
	private void answered(ReceivedRightsRequest received, PersonId person, String email) {
		context.getBean(Fulfilments.class)
			.fulfil(new FulfilmentOrder(received.id(), received.reference(), "access", "all",
					DataSubjectRef.person(person.value()), "Amandine Complete", email, Locale.FRENCH,
					Instant.parse("2026-11-20T09:00:00Z"), null, null));
	}

	/**
	 * An iAdhérent account with its second factor and recovery codes, a failed sign-in,
	 * and an activation link sent to the person.
	 */
	private void accountsOf(PersonId person, String email) {
		context.getBean(MemberAccounts.class)
			.startActivation(person.value(), EmailAddress.of(email), PhoneNumber.parse("06 12 34 56 78"));
		TestAccounts.Created account = context.getBean(TestAccounts.class).member(person.value(), true);
		context.getBean(SecondFactors.class)
			.regenerateRecoveryCodes(new AuthenticatedUser(account.id(), Role.MEMBER, null, person.value(), false));
		new WebSession(mvc).post("/connexion", "identifiant", account.login(), "motDePasse", "Wrong-Horse-00");
	}

	/**
	 * A case sent from iAdhérent with a file, on which staff asked a question the member
	 * answered.
	 */
	private void caseOf(PersonId person) {
		String reference = CaseFixtures.memberCaseWithFile(context, person).reference();
		Cases cases = context.getBean(Cases.class);
		CaseId id = new CaseId(Objects.requireNonNull(context.getBean(JdbcTemplate.class)
			.queryForObject("select id from request_case where reference = ?", UUID.class, reference)));
		UUID staff = UUID.randomUUID();
		cases.take(id, staff);
		cases.askSender(id, staff, "Merci de joindre votre attestation de droits.");
		context.getBean(PersonCases.class).answer(person, UUID.randomUUID(), reference, "La voici.", List.of());
	}

	/** A document in a folder of the person's space, with a comment and new version. */
	private void documents(PersonId person) {
		DocumentSpaces spaces = context.getBean(DocumentSpaces.class);
		SpaceId space = spaces.spaceOf(SpaceOwner.person(person.value())).id();
		DocumentActor owner = new DocumentActor(DocumentActor.Kind.OWNER, UUID.randomUUID(), person.value());
		try {
			FolderId folder = spaces.createFolder(space, null, "Santé", owner);
			DocumentId document = spaces.upload(space, new NewDocument(folder, "Ordonnance", "Lunettes",
					"ordonnance.pdf", TestFiles.pdf(), LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 3)), owner);
			spaces.replace(space, document, "ordonnance-2.pdf", TestFiles.pdf(), owner);
			spaces.comment(space, document, "À renouveler en janvier", owner);
		}
		catch (FileRejectedException | QuotaExceededException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The person as an employee: affiliated to an employer's group contract, then left
	 * (its end starts the « contract + 6 years » clock, recorded after the commit).
	 */
	private void employee(PersonId person) {
		OrganisationId employer = context.getBean(TestAccounts.class).organisation(OrganisationKind.EMPLOYER);
		GroupContract contract = context.getBean(GroupContracts.class)
			.create(new NewGroupContract(employer.value(), List.of(PeopleFixtures.PLAN), List.of("cadres"),
					LocalDate.of(2019, 1, 1)));
		Affiliations affiliations = context.getBean(Affiliations.class);
		Affiliation affiliation = affiliations.request(new NewAffiliation(person, contract.id(), "cadres",
				PeopleFixtures.PLAN, LocalDate.of(2019, 3, 1), null));
		affiliations.activate(affiliation.id());
		// The employee's child, covered by the affiliation: the child's data, in the
		// child's copy.
		context.getBean(AffiliationDependants.class)
			.add(affiliation.id(),
					new NewDependant(new PeopleFixtures(context).person("Complete", "Inès", LocalDate.of(2015, 6, 1)),
							DependantType.CHILD, LocalDate.of(2019, 3, 1)));
		affiliations.requestTermination(affiliation.id(), LocalDate.of(2019, 12, 31), TerminationReason.RESIGNATION);
		affiliations.confirmTermination(affiliation.id());
		RetentionClocks clocks = context.getBean(RetentionClocks.class);
		// The clock is started by the retention module's listener, after the commit.
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> !clocks.ofSubject(DataSubjectRef.person(person.value())).isEmpty());
	}

	/**
	 * The person as a protected adult of a guardian organisation, whose file an agent
	 * opened and whose measure nears its end.
	 */
	private void protectedAdult(PersonId person) {
		OrganisationId guardian = context.getBean(TestAccounts.class).organisation(OrganisationKind.GUARDIAN_SERVICE);
		LocalDate today = LocalDate.now(clock);
		context.getBean(Representations.class)
			.create(new NewRepresentation(guardian.value(), person, ProtectionMeasure.CURATELLE_RENFORCEE,
					DateRange.of(today.minusYears(2), today.plusDays(20)), "RG 24/01234"));
		RepresentationActivity activity = context.getBean(RepresentationActivity.class);
		activity.opened(guardian.value(), UUID.randomUUID(), person, clock.instant());
		context.getBean(Representations.class)
			.listedForOrganisation(guardian.value(), today)
			.forEach(listing -> activity.lapseAlerted(listing, today.plusDays(20), 30, clock.instant()));
	}

	/**
	 * Entity simple name → its module, then the names of its exported personal fields.
	 */
	private Map<String, List<String>> personalFields() {
		Map<String, List<String>> result = new LinkedHashMap<>();
		for (EntityType<?> type : entities.getMetamodel().getEntities()) {
			Class<?> entity = type.getJavaType();
			if (!entity.getName().startsWith("fr.integrance.")) {
				continue;
			}
			List<String> fields = new ArrayList<>();
			for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
				if (c == entity || c.isAnnotationPresent(MappedSuperclass.class)) {
					collect(c, fields);
				}
			}
			if (!fields.isEmpty()) {
				fields.add(0, entity.getName().split("\\.")[2]);
				result.put(entity.getSimpleName(), fields);
			}
		}
		return result;
	}

	private static void collect(Class<?> type, List<String> fields) {
		for (Field field : type.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers())) {
				continue;
			}
			PersonalData personal = field.getAnnotation(PersonalData.class);
			if (personal != null) {
				if (personal.export() == PersonalData.Export.VALUE) {
					fields.add(field.getName());
				}
			}
			else if (field.isAnnotationPresent(Embedded.class)
					|| field.getType().isAnnotationPresent(Embeddable.class)) {
				collect(field.getType(), fields);
			}
		}
	}

}
