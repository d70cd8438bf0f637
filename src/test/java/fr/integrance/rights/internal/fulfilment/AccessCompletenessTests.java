package fr.integrance.rights.internal.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
			Map.entry("AnswerEntity",
					"the answers of the rights module's fulfilment: the proof of the answer, exported once the rights"
							+ " module's rows (RightsPersonalData) name them"),
			Map.entry("ArchiveEntity", "the same: only digests, dates and the subject's journal reference"),
			Map.entry("AccountToken", "identity: needs a signed-in account with a pending token"),
			Map.entry("Account", "identity: needs an activated member account"),
			Map.entry("ActivationAttempt", "identity: needs an activation attempt"),
			Map.entry("LoginFailure", "identity: needs a failed login"),
			Map.entry("RecoveryCode", "identity: needs TOTP recovery codes"),
			Map.entry("RetentionClockEntity", "retention: needs a started retention clock"),
			Map.entry("CaseMessage", "requests: needs a request case"), Map.entry("CaseAttachment", "the same"),
			Map.entry("RequestCase", "the same"), Map.entry("CaseTransition", "the same"),
			Map.entry("UnsubscribeTokenEntity", "consent: needs a marketing mail sent"),
			Map.entry("AffiliationEntity", "contracts: needs a group contract of an employer"),
			Map.entry("AffiliationDependantEntity", "contracts: needs an affiliation to a group contract"),
			Map.entry("RepresentationEntity", "contracts: needs a guardian organisation"),
			Map.entry("Organisation", "organisations: an organisation is not a data subject of this fixture"),
			Map.entry("FolderEntity", "documents: needs the subject's document space"),
			Map.entry("VersionEntity", "the same"), Map.entry("CommentEntity", "the same"),
			Map.entry("ReminderSentEntity", "the same"), Map.entry("DocumentEntity", "the same"),
			Map.entry("GuardianFileOpeningEntity", "contracts: needs a guardian organisation's agent opening the file"),
			Map.entry("GuardianLapseAlertEntity", "contracts: needs a guardian organisation's measure near its end"),
			Map.entry("BankChangeEntity", "people: needs a bank change waiting for its signature"));

	/**
	 * Fields of built entities this fixture leaves without a value that an export would
	 * show, and why.
	 */
	static final Map<String, String> FIELDS_NOT_BUILT = Map.of("PersonEntity.pendingEmailExpiresAt",
			"set only while a change of e-mail address waits for its confirmation",
			"IndividualContractEntity.statusReason",
			"set only when a contract is suspended or terminated; the fixture's contract is active",
			"RightsRequestStep.reason",
			"given when staff extend, refuse or decide on the identity; the fixture's request was just received",
			"DependantEntity.type",
			"a dependant's row is the dependant's data: in the child's copy, not in the member's (never another"
					+ " person's data)");

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
	 * A person with a contract, a dependant, a bank account, consents, a rights request
	 * and mails.
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
		consents.record(DataSubjectRef.person(person.value()), Map.of(ConsentPurposes.MARKETING, Decision.GIVEN),
				ConsentMethod.FORM, new RequestOrigin("203.0.113.9", "Test agent"));
		rights.receive(new RightsRequestSubmission("access", "all", "Toutes mes données", "Amandine", "Complete", email,
				"M123456", "fr"));
		return person;
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
