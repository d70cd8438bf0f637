package fr.integrance.datagen.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.GroupContract;
import fr.integrance.contracts.MemberNumber;
import fr.integrance.contracts.PlanCatalogue;
import fr.integrance.people.DirectDebitMandate;
import fr.integrance.people.FamilySituation;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.people.NameKey;
import fr.integrance.platform.BlindIndex;
import fr.integrance.platform.Civility;
import fr.integrance.platform.FieldContext;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.Nir;
import fr.integrance.platform.PostalAddress;
import fr.integrance.platform.Sequences;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.RequestPayload;
import fr.integrance.requests.RequestStatus;
import fr.integrance.requests.RequestType;
import fr.integrance.requests.Requests;
import fr.integrance.requests.Solicitation;
import fr.integrance.requests.SubmittedRequest;
import fr.integrance.requests.SubscriptionRequest;
import fr.integrance.platform.FrenchDates;

/**
 * Writes a {@link GenerationPlan} into the database in chunks of one transaction each (so
 * that a million people never sit in one transaction), with JDBC batches. Encrypted
 * columns are encrypted and blind-indexed exactly as the owning modules do, so the
 * generated people open, search and decrypt like real ones. Numbers that come from
 * sequences (member numbers, mandate references, group contract and case references) are
 * reserved as a block from those sequences.
 */
@Service
@Profile(DataGenerator.PROFILE)
public class DataGenerator {

	/**
	 * The profile without which no bean of the generator exists; the {@code embedded}
	 * profile includes it (its demo crowd), {@code prod} refuses it.
	 */
	public static final String PROFILE = "datagen";

	private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);

	private static final ZoneId FRANCE = FrenchDates.FRANCE;

	/** Households (or employees, or protected adults) written per transaction. */
	private static final int CHUNK = 2_000;

	private static final String INSERT_PERSON = """
			INSERT INTO person (id, civility, last_name, first_names, birth_name, search_key, birth_name_key, birth_date,
			    nir, nir_index, email, phone, address_line1, address_line2, address_line3, address_line4, postal_code, city,
			    country, family_situation, mandatory_scheme, scheme_fund, restricted, restriction_ground, anonymised_at,
			    created_at, version)
			VALUES (?, ?, ?, ?, NULL, ?, NULL, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?, ?, 'FR', ?, ?, ?, FALSE, NULL, NULL, ?, 0)""";

	private static final String INSERT_CONTRACT = """
			INSERT INTO contract_individual (id, member_person_id, plan_code, member_number, start_date, end_date, status,
			    status_reason, retention_until, restricted, created_at, version)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, 0)""";

	private static final String INSERT_DEPENDANT = """
			INSERT INTO contract_dependant (id, contract_id, person_id, dependant_type, from_date, until_date)
			VALUES (?, ?, ?, ?, ?, NULL)""";

	private static final String INSERT_BANK_ACCOUNT = """
			INSERT INTO person_bank_account (id, person_id, iban, bic, holder, mandate_rum, mandate_signed_on,
			    mandate_revoked_on, restricted, created_at, version)
			VALUES (?, ?, ?, ?, ?, ?, ?, NULL, FALSE, ?, 0)""";

	private static final String INSERT_ORGANISATION = """
			INSERT INTO identity_organisation (id, kind, name, siren, siret, created_at) VALUES (?, ?, ?, ?, NULL, ?)""";

	private static final String INSERT_GROUP_CONTRACT = """
			INSERT INTO contract_group (id, reference, employer_organisation_id, start_date, end_date, created_at, version)
			VALUES (?, ?, ?, ?, NULL, ?, 0)""";

	private static final String INSERT_GROUP_PLAN = """
			INSERT INTO contract_group_plan (group_contract_id, position, plan_code) VALUES (?, ?, ?)""";

	private static final String INSERT_GROUP_CATEGORY = """
			INSERT INTO contract_group_category (group_contract_id, position, category) VALUES (?, ?, ?)""";

	private static final String INSERT_AFFILIATION = """
			INSERT INTO contract_affiliation (id, person_id, group_contract_id, population_category, plan_code, start_date,
			    employment_start, status, end_date, termination_reason, portability_until, retention_until, restricted,
			    created_at, version)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, 0)""";

	private static final String INSERT_REPRESENTATION = """
			INSERT INTO contract_representation (id, guardian_organisation_id, protected_person_id, measure, valid_from,
			    valid_until, court_reference, restricted, created_at, version)
			VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?, 0)""";

	private static final String INSERT_CASE = """
			INSERT INTO request_case (id, reference, request_type, purpose_id, channel, status, submitted_at, submitter_name,
			    submitter_email, reply_language, payload, assignee_id, decided_at, person_id, contract_id, version)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'fr', ?, ?, NULL, NULL, NULL, 0)""";

	private static final String INSERT_TRANSITION = """
			INSERT INTO request_transition (id, case_id, step_no, from_status, to_status, actor_id, occurred_at, reason)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

	/**
	 * The sequences whose numbers the generator reserves in blocks (their names go into
	 * SQL text).
	 */
	private static final java.util.Set<String> SEQUENCES = java.util.Set.of("contract_member_number_seq",
			"person_mandate_rum_seq", "contract_group_reference_seq", "request_case_reference_seq");

	private static final List<String> MEASURES = List.of("SAUVEGARDE_JUSTICE", "CURATELLE_SIMPLE",
			"CURATELLE_RENFORCEE", "TUTELLE", "HABILITATION_FAMILIALE", "MANDAT_PROTECTION_FUTURE");

	private static final List<String> SOLICITATION_SUBJECTS = List.of("Question sur mes remboursements",
			"Changement d’adresse", "Demande de carte de tiers payant", "Devis optique", "Prise en charge hospitalière",
			"Attestation de droits", "Modification de mes coordonnées bancaires", "Ajout d’un bénéficiaire");

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final FieldEncryption encryption;

	private final BlindIndex blindIndex;

	private final List<String> planCodes;

	private final Clock clock;

	private final Requests requests;

	DataGenerator(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, FieldEncryption encryption,
			BlindIndex blindIndex, PlanCatalogue catalogue, Requests requests, Clock clock) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.transactions = new TransactionTemplate(transactionManager);
		this.encryption = encryption;
		this.blindIndex = blindIndex;
		this.planCodes = catalogue.plans().stream().map(PlanCatalogue.Plan::code).toList();
		this.clock = clock;
	}

	/**
	 * Generates the plan; each chunk commits on its own, so an interrupted run keeps what
	 * it wrote.
	 */
	public GenerationReport generate(GenerationPlan plan) {
		Instant started = clock.instant();
		Run run = new Run(plan);
		run.households();
		run.employers();
		run.guardians();
		run.cases();
		GenerationReport report = new GenerationReport(run.people, run.contracts, run.dependants, run.bankAccounts,
				run.employersCreated, run.affiliations, run.guardiansCreated, run.representations, run.casesCreated,
				Duration.between(started, clock.instant()));
		log.info("Generated {}", report);
		return report;
	}

	/**
	 * The state of one run: its random source, counters, sequence blocks and the rows of
	 * the current chunk.
	 */
	private final class Run {

		private final GenerationPlan plan;

		private final SplittableRandom random;

		private final LocalDate today;

		private final OffsetDateTime now;

		private final long nirSerialBase;

		private long people;

		private long contracts;

		private long dependants;

		private long bankAccounts;

		private long employersCreated;

		private long affiliations;

		private long guardiansCreated;

		private long representations;

		private long casesCreated;

		private long nextMemberSerial;

		private long nextRum;

		private final List<Object[]> personRows = new ArrayList<>();

		private final List<Object[]> contractRows = new ArrayList<>();

		private final List<Object[]> dependantRows = new ArrayList<>();

		private final List<Object[]> bankRows = new ArrayList<>();

		Run(GenerationPlan plan) {
			this.plan = plan;
			this.random = new SplittableRandom(plan.seed());
			this.now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
			this.today = now.atZoneSameInstant(FRANCE).toLocalDate();
			// NIR serials continue after the people already there, so a second run adds
			// new NIRs.
			Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM person", Long.class);
			this.nirSerialBase = 1_000 + (existing == null ? 0 : existing);
			int upperBoundOfContracts = plan.householdPeople() + plan.protectedAdults();
			this.nextMemberSerial = reserve("contract_member_number_seq", upperBoundOfContracts);
			this.nextRum = reserve("person_mandate_rum_seq", upperBoundOfContracts);
		}

		// ------------------------------------------------------------------ members and
		// dependants

		void households() {
			int budget = plan.householdPeople();
			int inChunk = 0;
			while (budget > 0) {
				budget -= household(budget);
				if (++inChunk == CHUNK || budget <= 0) {
					flushPeopleAndContracts();
					inChunk = 0;
					log.info("Generated {} people so far", people);
				}
			}
		}

		/**
		 * A member, their partner and children within the remaining budget; returns the
		 * number of persons.
		 */
		private int household(int budget) {
			Civility civility = random.nextBoolean() ? Civility.MME : Civility.M;
			String lastName = FakeIdentities.pick(random, FakeIdentities.LAST_NAMES);
			LocalDate birthDate = FakeIdentities.birthDate(random, today, 18, 85);
			FakeIdentities.Town town = FakeIdentities.TOWNS.get(random.nextInt(FakeIdentities.TOWNS.size()));
			String street = (1 + random.nextInt(120)) + " " + FakeIdentities.pick(random, FakeIdentities.STREETS);
			boolean partner = budget >= 2 && random.nextInt(100) < 50;
			FamilySituation situation = partner
					? List.of(FamilySituation.MARRIED, FamilySituation.CIVIL_PARTNERSHIP, FamilySituation.COHABITING)
						.get(random.nextInt(3))
					: FamilySituation.SINGLE;
			UUID member = person(civility, lastName, firstName(civility), birthDate, town, street, situation, true);
			UUID contract = contract(member);
			bankAccount(member, lastName);
			int created = 1;
			if (partner) {
				Civility other = civility == Civility.M ? Civility.MME : Civility.M;
				LocalDate partnerBirth = FakeIdentities.birthDate(random, today, 18, 85);
				UUID partnerId = person(other, lastName, firstName(other), partnerBirth, town, street, situation,
						false);
				String type = switch (situation) {
					case MARRIED -> "SPOUSE";
					case CIVIL_PARTNERSHIP -> "PACS_PARTNER";
					default -> "COHABITANT";
				};
				dependant(contract, partnerId, type);
				created++;
			}
			int children = birthDate.isBefore(today.minusYears(25)) ? random.nextInt(4) : 0;
			for (int i = 0; i < children && created < budget; i++) {
				Civility childCivility = random.nextBoolean() ? Civility.MME : Civility.M;
				LocalDate childBirth = FakeIdentities.birthDate(random, today, 0, 24);
				UUID child = person(childCivility, lastName, firstName(childCivility), childBirth, town, street, null,
						false);
				dependant(contract, child, "CHILD");
				created++;
			}
			return created;
		}

		private String firstName(Civility civility) {
			return FakeIdentities.pick(random,
					civility == Civility.M ? FakeIdentities.MALE_FIRST_NAMES : FakeIdentities.FEMALE_FIRST_NAMES);
		}

		private UUID person(Civility civility, String lastName, String firstNames, LocalDate birthDate,
				FakeIdentities.Town town, String street, @Nullable FamilySituation situation, boolean contactable) {
			UUID id = UUID.randomUUID();
			long serial = nirSerialBase + people;
			Nir nir = FakeIdentities.nir(serial, civility, birthDate);
			MandatoryScheme scheme = town.department().equals("57") || town.department().equals("67")
					|| town.department().equals("68") ? MandatoryScheme.ALSACE_MOSELLE
							: random.nextInt(100) < 6 ? MandatoryScheme.AGRICULTURAL : MandatoryScheme.GENERAL;
			personRows.add(new Object[] { id, civility.name(), lastName, firstNames, NameKey.of(lastName).value(),
					birthDate, encryption.encrypt(nir.normalised(), new FieldContext("person", "nir", id.toString())),
					blindIndex.of("person.nir", nir.normalised()),
					contactable ? FakeIdentities.email(firstNames, lastName, serial) : null,
					contactable ? FakeIdentities.mobile(random) : null, street, town.postalCode(), town.city(),
					situation == null ? null : situation.name(), scheme.name(),
					scheme == MandatoryScheme.GENERAL ? "CPAM " + town.city() : null, now });
			people++;
			return id;
		}

		private UUID contract(UUID member) {
			UUID id = UUID.randomUUID();
			LocalDate start = today.minusDays(random.nextInt(3_650)).withDayOfMonth(1);
			int roll = random.nextInt(100);
			String status = roll < 5 ? "TERMINATED" : roll < 8 ? "SUSPENDED" : "ACTIVE";
			LocalDate end = null;
			String reason = null;
			if (status.equals("TERMINATED")) {
				end = start.plusDays(30 + random.nextInt(1_500));
				if (end.isAfter(today)) {
					end = today.minusDays(1);
				}
				if (end.isBefore(start)) {
					end = start;
				}
				reason = "Résiliation à l’échéance à la demande de l’adhérent";
			}
			else if (status.equals("SUSPENDED")) {
				reason = "Cotisations impayées";
			}
			contractRows.add(new Object[] { id, member, FakeIdentities.pick(random, planCodes),
					MemberNumber.of(nextMemberSerial++).value(), start, end, status, reason,
					end == null ? null : end.plusYears(6), now });
			contracts++;
			return id;
		}

		private void dependant(UUID contract, UUID person, String type) {
			dependantRows.add(
					new Object[] { UUID.randomUUID(), contract, person, type, today.minusDays(random.nextInt(1_000)) });
			dependants++;
		}

		private void bankAccount(UUID owner, String holder) {
			UUID id = UUID.randomUUID();
			FakeIdentities.BankDetails details = FakeIdentities.bankAccount(random);
			bankRows.add(new Object[] { id, owner,
					encryption.encrypt(details.iban().value(),
							new FieldContext("person_bank_account", "iban", id.toString())),
					details.bic(), holder, DirectDebitMandate.reference(nextRum++),
					today.minusDays(random.nextInt(3_000)), now });
			bankAccounts++;
		}

		private void flushPeopleAndContracts() {
			List<Object[]> persons = List.copyOf(personRows);
			List<Object[]> contractsToWrite = List.copyOf(contractRows);
			List<Object[]> dependantsToWrite = List.copyOf(dependantRows);
			List<Object[]> banks = List.copyOf(bankRows);
			personRows.clear();
			contractRows.clear();
			dependantRows.clear();
			bankRows.clear();
			transactions.executeWithoutResult(status -> {
				batch(INSERT_PERSON, persons);
				batch(INSERT_CONTRACT, contractsToWrite);
				batch(INSERT_DEPENDANT, dependantsToWrite);
				batch(INSERT_BANK_ACCOUNT, banks);
			});
		}

		// ------------------------------------------------------------------ employers
		// and affiliates

		void employers() {
			int employers = plan.employers() + (plan.largeEmployerAffiliates() > 0 ? 1 : 0);
			int affiliatesLeft = plan.affiliates();
			long reference = reserve("contract_group_reference_seq", employers);
			List<Object[]> affiliationRows = new ArrayList<>();
			for (int e = 0; e < employers; e++) {
				boolean large = plan.largeEmployerAffiliates() > 0 && e == employers - 1;
				UUID organisation = UUID.randomUUID();
				UUID groupContract = UUID.randomUUID();
				String name = FakeIdentities.pick(random, FakeIdentities.LAST_NAMES) + " "
						+ List.of("SARL", "SAS", "et Fils", "Industrie", "Services", "Transports")
							.get(random.nextInt(6));
				LocalDate start = today.minusYears(1 + random.nextInt(8)).withDayOfYear(1);
				String[] plans = { planCodes.get(random.nextInt(planCodes.size())),
						planCodes.get(random.nextInt(planCodes.size())) };
				transactions.executeWithoutResult(status -> {
					jdbc.update(INSERT_ORGANISATION, organisation, "EMPLOYER", name,
							FakeIdentities.siren(random).value(), now);
					jdbc.update(INSERT_GROUP_CONTRACT, groupContract,
							GroupContract.reference(reference + employersCreated), organisation, start, now);
					jdbc.update(INSERT_GROUP_PLAN, groupContract, 0, plans[0]);
					jdbc.update(INSERT_GROUP_CATEGORY, groupContract, 0, "Cadres");
					jdbc.update(INSERT_GROUP_CATEGORY, groupContract, 1, "Non-cadres");
				});
				employersCreated++;
				if (large) {
					log.info("Large employer: organisation {} with {} affiliates", organisation,
							plan.largeEmployerAffiliates());
				}
				int regular = employers - (plan.largeEmployerAffiliates() > 0 ? 1 : 0);
				int share = large ? plan.largeEmployerAffiliates()
						: e == regular - 1 ? affiliatesLeft : plan.affiliates() / regular;
				for (int a = 0; a < share; a++) {
					affiliationRows.add(affiliate(groupContract, start, plans[0]));
					if (affiliationRows.size() == CHUNK) {
						flushAffiliations(affiliationRows);
					}
				}
				if (!large) {
					affiliatesLeft -= share;
				}
			}
			flushAffiliations(affiliationRows);
		}

		private Object[] affiliate(UUID groupContract, LocalDate contractStart, String planCode) {
			Civility civility = random.nextBoolean() ? Civility.MME : Civility.M;
			FakeIdentities.Town town = FakeIdentities.TOWNS.get(random.nextInt(FakeIdentities.TOWNS.size()));
			String street = (1 + random.nextInt(120)) + " " + FakeIdentities.pick(random, FakeIdentities.STREETS);
			UUID person = person(civility, FakeIdentities.pick(random, FakeIdentities.LAST_NAMES), firstName(civility),
					FakeIdentities.birthDate(random, today, 18, 64), town, street, null, true);
			LocalDate employment = contractStart.plusDays(random.nextInt(700));
			if (employment.isAfter(today)) {
				employment = today;
			}
			int roll = random.nextInt(100);
			String status = roll < 85 ? "ACTIVE" : roll < 90 ? "REQUESTED" : roll < 95 ? "PORTABILITY" : "CLOSED";
			LocalDate end = null;
			String reason = null;
			LocalDate portability = null;
			LocalDate retention = null;
			if (status.equals("PORTABILITY") || status.equals("CLOSED")) {
				end = today
					.minusDays(status.equals("PORTABILITY") ? 1 + random.nextInt(150) : 400 + random.nextInt(300));
				if (end.isBefore(employment)) {
					end = employment;
				}
				reason = status.equals("PORTABILITY") ? "DISMISSAL" : "RESIGNATION";
				portability = status.equals("PORTABILITY") ? end.plusMonths(12) : null;
				retention = (portability == null ? end : portability).plusYears(6);
			}
			affiliations++;
			return new Object[] { UUID.randomUUID(), person, groupContract,
					random.nextInt(4) == 0 ? "Cadres" : "Non-cadres", planCode, employment, employment, status, end,
					reason, portability, retention, now };
		}

		private void flushAffiliations(List<Object[]> affiliationRows) {
			List<Object[]> persons = List.copyOf(personRows);
			List<Object[]> rows = List.copyOf(affiliationRows);
			personRows.clear();
			affiliationRows.clear();
			transactions.executeWithoutResult(status -> {
				batch(INSERT_PERSON, persons);
				batch(INSERT_AFFILIATION, rows);
			});
			log.info("Generated {} people so far", people);
		}

		// ------------------------------------------------------------------ guardians
		// and protected adults

		void guardians() {
			int organisations = plan.guardianOrganisations();
			int adultsLeft = plan.protectedAdults();
			List<Object[]> representationRows = new ArrayList<>();
			for (int g = 0; g < organisations; g++) {
				UUID organisation = UUID.randomUUID();
				String name = List.of("Association tutélaire", "UDAF", "Service mandataire judiciaire", "ATMP")
					.get(random.nextInt(4)) + " "
						+ FakeIdentities.TOWNS.get(random.nextInt(FakeIdentities.TOWNS.size())).city();
				transactions.executeWithoutResult(status -> jdbc.update(INSERT_ORGANISATION, organisation,
						"GUARDIAN_SERVICE", name, FakeIdentities.siren(random).value(), now));
				guardiansCreated++;
				int share = g == organisations - 1 ? adultsLeft : plan.protectedAdults() / organisations;
				for (int a = 0; a < share; a++) {
					representationRows.add(protectedAdult(organisation));
					if (representationRows.size() == CHUNK) {
						flushRepresentations(representationRows);
					}
				}
				adultsLeft -= share;
			}
			flushRepresentations(representationRows);
		}

		private Object[] protectedAdult(UUID organisation) {
			Civility civility = random.nextBoolean() ? Civility.MME : Civility.M;
			FakeIdentities.Town town = FakeIdentities.TOWNS.get(random.nextInt(FakeIdentities.TOWNS.size()));
			String street = (1 + random.nextInt(120)) + " " + FakeIdentities.pick(random, FakeIdentities.STREETS);
			UUID person = person(civility, FakeIdentities.pick(random, FakeIdentities.LAST_NAMES), firstName(civility),
					FakeIdentities.birthDate(random, today, 18, 95), town, street, FamilySituation.SINGLE, false);
			contract(person);
			UUID id = UUID.randomUUID();
			LocalDate from = today.minusDays(random.nextInt(1_800));
			String measure = FakeIdentities.pick(random, MEASURES);
			String reference = "RG "
					+ String.format(Locale.ROOT, "%02d/%05d", from.getYear() % 100, random.nextInt(100_000));
			representations++;
			return new Object[] { id, organisation, person,
					encryption.encrypt(measure, new FieldContext("contract_representation", "measure", id.toString())),
					from, from.plusYears(5), encryption.encrypt(reference,
							new FieldContext("contract_representation", "court_reference", id.toString())),
					now };
		}

		private void flushRepresentations(List<Object[]> representationRows) {
			List<Object[]> persons = List.copyOf(personRows);
			List<Object[]> contractsToWrite = List.copyOf(contractRows);
			List<Object[]> rows = List.copyOf(representationRows);
			personRows.clear();
			contractRows.clear();
			representationRows.clear();
			transactions.executeWithoutResult(status -> {
				batch(INSERT_PERSON, persons);
				batch(INSERT_CONTRACT, contractsToWrite);
				batch(INSERT_REPRESENTATION, rows);
			});
		}

		// ------------------------------------------------------------------ open cases

		void cases() {
			if (plan.openCases() == 0) {
				return;
			}
			long reference = reserve("request_case_reference_seq", plan.openCases());
			List<UUID> staffIds = jdbc
				.queryForList("SELECT id FROM identity_account WHERE role = 'STAFF' ORDER BY login", UUID.class);
			@Nullable UUID staff = staffIds.isEmpty() ? null : staffIds.get(0);
			List<Object[]> caseRows = new ArrayList<>();
			List<Object[]> transitionRows = new ArrayList<>();
			for (int c = 0; c < plan.openCases(); c++) {
				UUID id = UUID.randomUUID();
				boolean subscription = random.nextInt(100) < 70;
				int roll = random.nextInt(100);
				RequestStatus status = staff == null || roll < 60 ? RequestStatus.SUBMITTED
						: roll < 85 ? RequestStatus.IN_REVIEW : RequestStatus.WAITING_FOR_SENDER;
				OffsetDateTime submitted = now.minusMinutes(random.nextInt(60 * 24 * 60));
				Civility civility = random.nextBoolean() ? Civility.MME : Civility.M;
				String lastName = FakeIdentities.pick(random, FakeIdentities.LAST_NAMES);
				String firstName = firstName(civility);
				String email = FakeIdentities.email(firstName, lastName, 9_000_000_000L + c);
				RequestPayload payload = subscription ? subscriptionPayload(civility, lastName, firstName, email)
						: solicitationPayload(civility, lastName, firstName, email);
				RequestType type = payload.type();
				int year = submitted.atZoneSameInstant(FRANCE).getYear();
				caseRows.add(new Object[] { id, SubmittedRequest.reference(year, reference + c), type.name(),
						requests.purposeOf(type, RequestChannel.WEBSITE), RequestChannel.WEBSITE.name(), status.name(),
						submitted, firstName + " " + lastName, email, requests.payloadJson(payload),
						status == RequestStatus.SUBMITTED ? null : staff });
				if (status != RequestStatus.SUBMITTED) {
					transitionRows.add(new Object[] { UUID.randomUUID(), id, 1, "SUBMITTED", "IN_REVIEW", staff,
							submitted.plusHours(2), null });
				}
				if (status == RequestStatus.WAITING_FOR_SENDER) {
					transitionRows.add(new Object[] { UUID.randomUUID(), id, 2, "IN_REVIEW", "WAITING_FOR_SENDER",
							staff, submitted.plusHours(3), "Merci de nous envoyer votre attestation de droits." });
				}
				casesCreated++;
				if (caseRows.size() == CHUNK) {
					flushCases(caseRows, transitionRows);
				}
			}
			flushCases(caseRows, transitionRows);
		}

		private SubscriptionRequest subscriptionPayload(Civility civility, String lastName, String firstName,
				String email) {
			FakeIdentities.Town town = FakeIdentities.TOWNS.get(random.nextInt(FakeIdentities.TOWNS.size()));
			SubscriptionRequest.Subscriber subscriber = new SubscriptionRequest.Subscriber(civility, lastName,
					firstName, null, FakeIdentities.birthDate(random, today, 18, 80), FakeIdentities.mobile(random),
					email,
					PostalAddress.of(
							List.of((1 + random.nextInt(120)) + " "
									+ FakeIdentities.pick(random, FakeIdentities.STREETS)),
							town.postalCode(), town.city(), PostalAddress.FRANCE));
			List<SubscriptionRequest.Dependant> dependants = new ArrayList<>();
			for (int i = random.nextInt(3); i > 0; i--) {
				Civility childCivility = random.nextBoolean() ? Civility.M : Civility.MME;
				dependants.add(new SubscriptionRequest.Dependant(DependantType.CHILD, lastName,
						firstName(childCivility), FakeIdentities.birthDate(random, today, 0, 17), childCivility));
			}
			return new SubscriptionRequest(subscriber,
					new SubscriptionRequest.Situation(MandatoryScheme.GENERAL, null,
							dependants.isEmpty() ? FamilySituation.SINGLE : FamilySituation.MARRIED),
					dependants, FakeIdentities.pick(random, planCodes), false, null, List.of(), "fr");
		}

		private Solicitation solicitationPayload(Civility civility, String lastName, String firstName, String email) {
			return new Solicitation(FakeIdentities.pick(random, SOLICITATION_SUBJECTS),
					"Bonjour, pourriez-vous m’indiquer la marche à suivre ? Merci d’avance.",
					new Solicitation.Contact(civility, lastName, firstName, email, FakeIdentities.mobile(random), null),
					null, List.of(), "fr");
		}

		private void flushCases(List<Object[]> caseRows, List<Object[]> transitionRows) {
			List<Object[]> rows = List.copyOf(caseRows);
			List<Object[]> transitions = List.copyOf(transitionRows);
			caseRows.clear();
			transitionRows.clear();
			transactions.executeWithoutResult(status -> {
				batch(INSERT_CASE, rows);
				batch(INSERT_TRANSITION, transitions);
			});
			log.info("Generated {} open cases so far", casesCreated);
		}

		// ------------------------------------------------------------------ helpers

		/**
		 * Takes {@code count} numbers from a sequence in one step: the next value, then
		 * the sequence restarted after the block (a quiet database is assumed, as for any
		 * bulk load).
		 */
		private long reserve(String sequence, long count) {
			if (!SEQUENCES.contains(sequence)) {
				throw new IllegalArgumentException("Not a sequence the generator reserves from: " + sequence);
			}
			long first = Sequences.next(jdbc, sequence);
			// `first` .. `first + count - 1` are this run's; the next nextval() gives
			// `first + count`.
			jdbc.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + (first + count));
			return first;
		}

		private void batch(String sql, List<Object[]> rows) {
			if (!rows.isEmpty()) {
				jdbc.batchUpdate(sql, rows);
			}
		}

	}

}
