package fr.integrance.employerspace.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.contracts.Affiliation;
import fr.integrance.contracts.AffiliationDependants;
import fr.integrance.contracts.AffiliationHistory;
import fr.integrance.contracts.AffiliationId;
import fr.integrance.contracts.AffiliationStatus;
import fr.integrance.contracts.Affiliations;
import fr.integrance.contracts.Dependant;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.GroupContract;
import fr.integrance.contracts.GroupContracts;
import fr.integrance.contracts.NewAffiliation;
import fr.integrance.contracts.NewDependant;
import fr.integrance.contracts.PortabilityPeriod;
import fr.integrance.contracts.TerminationReason;
import fr.integrance.employerspace.Affiliate;
import fr.integrance.employerspace.AffiliateCounts;
import fr.integrance.employerspace.AffiliateDependant;
import fr.integrance.employerspace.AffiliateMovements;
import fr.integrance.employerspace.AffiliatePage;
import fr.integrance.employerspace.AffiliateQuery;
import fr.integrance.employerspace.BankDetails;
import fr.integrance.employerspace.DependantEnrolment;
import fr.integrance.employerspace.EmployeeAddress;
import fr.integrance.employerspace.Enrolment;
import fr.integrance.employerspace.Modification;
import fr.integrance.employerspace.Movement;
import fr.integrance.employerspace.MovementKind;
import fr.integrance.employerspace.Termination;
import fr.integrance.employerspace.UnknownAffiliateException;
import fr.integrance.people.NewPerson;
import fr.integrance.people.NirAlreadyRegisteredException;
import fr.integrance.people.People;
import fr.integrance.people.Person;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonRestrictedException;
import fr.integrance.people.PersonSummary;
import fr.integrance.people.PersonalSituationChanges;
import fr.integrance.platform.Bic;
import fr.integrance.platform.Civility;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.Iban;
import fr.integrance.platform.Nir;
import fr.integrance.platform.PersonName;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.platform.PostalAddress;

/**
 * {@link AffiliateMovements}: checks every field of a movement first (all problems
 * reported at once, nothing stored), then applies it through the people and contracts
 * modules in one transaction, records it in the history and journals it.
 */
@Service
@Transactional
@RequiredArgsConstructor
class AffiliateMovementService implements AffiliateMovements {

	static final int MAX_FUND_LENGTH = 100;

	static final int MAX_HOLDER_LENGTH = 200;

	static final int MAX_DEPENDANTS = 20;

	private final GroupContracts groupContracts;

	private final Affiliations affiliations;

	private final AffiliationDependants dependants;

	private final People people;

	private final PersonalSituationChanges situations;

	private final AffiliationHistory movements;

	private final AffiliateSearch search;

	private final MovementJournal journal;

	private final Clock clock;

	// --- enrolment

	@Override
	public Affiliate enrol(UUID organisation, Enrolment enrolment) {
		Problems problems = new Problems();
		Checked checked = check(enrolment, groupContracts.ofOrganisation(organisation), problems);
		Nir nir = checked.nir();
		PersonId existing = nir == null ? null : formerAffiliate(problems, organisation, nir, checked.birthDate());
		problems.throwIfAny();
		GroupContract groupContract = required(checked.contract());
		PersonId person = existing != null ? existing : register("nir", checked.newPerson());
		Affiliation affiliation = enrolled(checked, person,
				affiliations.request(checked.newAffiliation(groupContract, person)));
		record(organisation, affiliation, MovementKind.ENROLMENT, checked.start(), MovementJournal.ENROLMENT_PURPOSE);
		return affiliate(affiliation, groupContract.reference());
	}

	@Override
	public List<AffiliationId> enrolAll(UUID organisation, List<Enrolment> enrolments) {
		// The organisation's contracts once for all the lines.
		List<GroupContract> contracts = groupContracts.ofOrganisation(organisation);
		List<Checked> checked = new ArrayList<>(enrolments.size());
		for (Enrolment enrolment : enrolments) {
			Problems problems = new Problems();
			checked.add(check(enrolment, contracts, problems));
			problems.throwIfAny();
		}
		// One blind-index lookup for every NIR: a line whose NIR is held (a re-hire, or a
		// NIR taken) gets the checks of a lone enrolment, as does a NIR given twice.
		Map<Nir, PersonSummary> holders = people
			.findByNirs(checked.stream().map(Checked::nir).filter(java.util.Objects::nonNull).toList());
		Set<Nir> seen = new HashSet<>();
		List<@Nullable PersonId> existing = new ArrayList<>(checked.size());
		List<NewPerson> newPersons = new ArrayList<>();
		for (Checked line : checked) {
			Nir nir = line.nir();
			PersonId former = null;
			if (nir != null) {
				if (!seen.add(nir)) {
					throw Problems.single("nir", "affiliate.already-enrolled");
				}
				if (holders.containsKey(nir)) {
					Problems problems = new Problems();
					former = formerAffiliate(problems, organisation, nir, line.birthDate());
					problems.throwIfAny();
				}
			}
			existing.add(former);
			if (former == null) {
				newPersons.add(line.newPerson());
			}
		}
		List<PersonId> registered;
		try {
			registered = people.registerAll(newPersons);
		}
		catch (NirAlreadyRegisteredException taken) {
			throw Problems.single("nir", "affiliate.nir.already-registered");
		}
		List<PersonId> persons = new ArrayList<>(checked.size());
		List<NewAffiliation> requests = new ArrayList<>(checked.size());
		int next = 0;
		for (int i = 0; i < checked.size(); i++) {
			PersonId former = existing.get(i);
			PersonId person = former != null ? former : registered.get(next++);
			persons.add(person);
			requests.add(checked.get(i).newAffiliation(required(checked.get(i).contract()), person));
		}
		List<Affiliation> requested = affiliations.requestAll(requests);
		Map<AffiliationId, LocalDate> starts = new LinkedHashMap<>();
		List<Affiliation> enrolled = new ArrayList<>(checked.size());
		for (int i = 0; i < checked.size(); i++) {
			Affiliation affiliation = enrolled(checked.get(i), persons.get(i), requested.get(i));
			enrolled.add(affiliation);
			starts.put(affiliation.id(), checked.get(i).start());
		}
		movements.recordAll(MovementKind.ENROLMENT.name(), starts);
		journal.changedAll(organisation, enrolled, MovementJournal.ENROLMENT_PURPOSE);
		return enrolled.stream().map(Affiliation::id).toList();
	}

	/** The bank account, the activation and the dependants of a requested affiliation. */
	private Affiliation enrolled(Checked checked, PersonId person, Affiliation requested) {
		ParsedBank bank = checked.bank();
		if (bank != null) {
			people.addBankAccount(person, bank.iban(), bank.bic(),
					bank.holder() != null ? bank.holder() : required(checked.name()).fullName());
		}
		Affiliation affiliation = affiliations.activate(requested.id());
		for (int i = 0; i < checked.dependants().size(); i++) {
			ParsedDependant dependant = checked.dependants().get(i);
			PersonId dependantPerson = register("dependants[" + i + "].nir", dependant.toNewPerson());
			dependants.add(affiliation.id(), new NewDependant(dependantPerson, dependant.type(), checked.start()));
		}
		return affiliation;
	}

	/**
	 * Every check of an enrolment but the NIR's holder (a query): its problems added to
	 * {@code problems}; the values checked, those with problems null.
	 */
	private Checked check(Enrolment enrolment, List<GroupContract> contracts, Problems problems) {
		GroupContract contract = contract(contracts, enrolment.contractReference(), problems);
		String category = problems.required("category", strip(enrolment.category()), "affiliate.category.required");
		if (contract != null && category != null && !contract.populationCategories().contains(category)) {
			problems.add("category", "affiliate.category.unknown");
		}
		String plan = problems.required("planCode", strip(enrolment.planCode()), "affiliate.plan.required");
		if (contract != null && plan != null && !contract.planCodes().contains(plan)) {
			problems.add("planCode", "affiliate.plan.unknown");
		}
		LocalDate start = problems.required("startDate", enrolment.startDate(), "affiliate.start-date.required");
		if (contract != null && start != null && (start.isBefore(contract.startDate())
				|| contract.endDate() != null && start.isAfter(contract.endDate()))) {
			problems.add("startDate", "affiliate.start-date.outside-contract");
		}
		LocalDate employmentStart = enrolment.employmentStart();
		if (employmentStart != null && start != null && employmentStart.isAfter(start)) {
			problems.add("employmentStart", "affiliate.employment-start.after-start");
		}
		PersonName name = name(problems, "", enrolment.civility(), enrolment.lastName(), enrolment.firstNames(),
				enrolment.birthName());
		LocalDate birthDate = birthDate(problems, "birthDate", enrolment.birthDate());
		Nir nir = nir(problems, "nir", enrolment.nir(), true, enrolment.civility(), birthDate);
		PostalAddress address = address(problems, "address.", enrolment.address());
		String fund = fund(problems, enrolment.schemeFund());
		EmailAddress email = blank(enrolment.email()) ? null
				: problems.parse("email", () -> EmailAddress.of(enrolment.email()));
		PhoneNumber phone = blank(enrolment.phone()) ? null
				: problems.parse("phone", () -> PhoneNumber.parse(enrolment.phone()));
		ParsedBank bank = enrolment.bank() == null || isEmpty(enrolment.bank()) ? null
				: bank(problems, enrolment.bank());
		if (enrolment.dependants().size() > MAX_DEPENDANTS) {
			problems.add("dependants", "affiliate.dependants.too-many");
		}
		List<ParsedDependant> parsedDependants = new ArrayList<>();
		for (int i = 0; i < enrolment.dependants().size(); i++) {
			parsedDependants.add(dependant(problems, "dependants[" + i + "].", enrolment.dependants().get(i)));
		}
		return new Checked(enrolment, contract, category, plan, start, name, birthDate, nir, address, fund, email,
				phone, bank, parsedDependants);
	}

	/**
	 * An enrolment's values as checked: meaningful only when the checks found nothing.
	 */
	private record Checked(Enrolment enrolment, @Nullable GroupContract contract, @Nullable String category,
			@Nullable String plan, @Nullable LocalDate startDate, @Nullable PersonName name,
			@Nullable LocalDate birthDate, @Nullable Nir nir, @Nullable PostalAddress address, @Nullable String fund,
			@Nullable EmailAddress email, @Nullable PhoneNumber phone, @Nullable ParsedBank bank,
			List<ParsedDependant> dependants) {

		LocalDate start() {
			return required(startDate);
		}

		NewPerson newPerson() {
			return new NewPerson(required(name), required(birthDate), nir, email, phone, address,
					enrolment.familySituation(), enrolment.scheme(), fund);
		}

		NewAffiliation newAffiliation(GroupContract contract, PersonId person) {
			return new NewAffiliation(person, contract.id(), required(category), required(plan), start(),
					enrolment.employmentStart());
		}

	}

	private @Nullable GroupContract contract(List<GroupContract> contracts, @Nullable String reference,
			Problems problems) {
		if (blank(reference)) {
			LocalDate today = FrenchDates.today(clock);
			List<GroupContract> running = contracts.stream()
				.filter(contract -> contract.endDate() == null || !contract.endDate().isBefore(today))
				.toList();
			if (running.size() != 1) {
				problems.add("contractReference", "affiliate.contract.required");
				return null;
			}
			return running.get(0);
		}
		String wanted = required(reference).strip();
		Optional<GroupContract> found = contracts.stream()
			.filter(c -> c.reference().equalsIgnoreCase(wanted))
			.findFirst();
		if (found.isEmpty()) {
			problems.add("contractReference", "affiliate.contract.unknown");
			return null;
		}
		return found.get();
	}

	/**
	 * The person already holding that NIR when they are a former affiliate of this
	 * organisation born on that day (a re-hire: their record is reused); a problem when
	 * they are still affiliated here, or when the NIR belongs to someone else.
	 */
	private @Nullable PersonId formerAffiliate(Problems problems, UUID organisation, Nir nir,
			@Nullable LocalDate birthDate) {
		Optional<PersonSummary> holder = people.findByNir(nir);
		if (holder.isEmpty()) {
			return null;
		}
		List<Affiliation> here = affiliations.ofPerson(holder.get().id())
			.stream()
			.filter(a -> affiliations.findForOrganisation(organisation, a.id()).isPresent())
			.toList();
		if (here.isEmpty() || !holder.get().birthDate().equals(birthDate)) {
			problems.add("nir", "affiliate.nir.already-registered");
			return null;
		}
		if (here.stream()
			.anyMatch(a -> a.status() == AffiliationStatus.REQUESTED || a.status() == AffiliationStatus.ACTIVE)) {
			problems.add("nir", "affiliate.already-enrolled");
			return null;
		}
		return holder.get().id();
	}

	private PersonId register(String nirField, NewPerson person) {
		try {
			return people.register(person);
		}
		catch (NirAlreadyRegisteredException taken) {
			throw Problems.single(nirField, "affiliate.nir.already-registered");
		}
	}

	// --- termination

	@Override
	public Termination terminate(UUID organisation, AffiliationId id, LocalDate lastDayOfEmployment,
			TerminationReason reason) {
		Affiliation affiliation = owned(organisation, id);
		Problems problems = new Problems();
		problems.required("lastDayOfEmployment", lastDayOfEmployment, "affiliate.last-day.required");
		problems.required("reason", reason, "affiliate.reason.required");
		if (lastDayOfEmployment != null && lastDayOfEmployment.isBefore(affiliation.startDate())) {
			problems.add("lastDayOfEmployment", "affiliate.last-day.before-start");
		}
		if (affiliation.status() != AffiliationStatus.ACTIVE) {
			problems.add("status", "affiliate.not-active");
		}
		problems.throwIfAny();
		affiliations.requestTermination(id, lastDayOfEmployment, reason);
		Affiliation terminated = affiliations.confirmTermination(id);
		PortabilityPeriod period = terminated.portability().orElse(null);
		if (period != null) {
			terminated = affiliations.startPortability(id);
		}
		else {
			endDependants(id, lastDayOfEmployment);
		}
		record(organisation, terminated, MovementKind.TERMINATION, lastDayOfEmployment, MovementJournal.CHANGE_PURPOSE);
		return new Termination(terminated, period);
	}

	private void endDependants(AffiliationId id, LocalDate lastDay) {
		for (Dependant dependant : dependants.of(id)) {
			if (dependant.until() == null || dependant.until().isAfter(lastDay)) {
				dependants.end(id, dependant.person(), lastDay);
			}
		}
	}

	// --- modification

	@Override
	public Affiliate modify(UUID organisation, AffiliationId id, Modification modification) {
		Affiliation affiliation = owned(organisation, id);
		Problems problems = new Problems();
		LocalDate effective = problems.required("effectiveDate", modification.effectiveDate(),
				"affiliate.effective-date.required");
		if (affiliation.status() == AffiliationStatus.CLOSED) {
			problems.add("status", "affiliate.closed");
		}
		try {
			if (modification instanceof Modification.AddressChange change) {
				PostalAddress address = change.address() == null
						? problems.required("address.line1", null, "affiliate.address.required")
						: address(problems, "address.", change.address());
				problems.throwIfAny();
				situations.changeAddress(affiliation.person(), required(address));
			}
			else if (modification instanceof Modification.FamilySituationChange change) {
				problems.required("familySituation", change.familySituation(), "affiliate.family-situation.required");
				problems.throwIfAny();
				situations.changeFamilySituation(affiliation.person(), change.familySituation());
			}
			else if (modification instanceof Modification.SchemeChange change) {
				problems.required("scheme", change.scheme(), "affiliate.scheme.required");
				String fund = fund(problems, change.schemeFund());
				problems.throwIfAny();
				situations.changeScheme(affiliation.person(), change.scheme(), fund);
			}
			else if (modification instanceof Modification.BankDetailsChange change) {
				ParsedBank bank = change.bank() == null || isEmpty(change.bank())
						? problems.required("bank.iban", null, "iban.required") : bank(problems, change.bank());
				problems.throwIfAny();
				ParsedBank checked = required(bank);
				people.addBankAccount(affiliation.person(), checked.iban(), checked.bic(),
						checked.holder() != null ? checked.holder() : holderName(affiliation.person()));
			}
			else if (modification instanceof Modification.DependantAddition addition) {
				dependantsOpen(problems, affiliation);
				ParsedDependant dependant = addition.dependant() == null
						? problems.required("dependant.lastName", null, "person-name.last-name.invalid")
						: dependant(problems, "dependant.", addition.dependant());
				if (effective != null && effective.isBefore(affiliation.startDate())) {
					problems.add("effectiveDate", "affiliation.dependant.before-start");
				}
				problems.throwIfAny();
				ParsedDependant checked = required(dependant);
				PersonId person = register("dependant.nir", checked.toNewPerson());
				dependants.add(id, new NewDependant(person, checked.type(), required(effective)));
			}
			else if (modification instanceof Modification.DependantRemoval removal) {
				PersonId person = problems.required("dependant", removal.dependant(), "affiliate.dependant.required");
				if (person != null && dependants.of(id).stream().noneMatch(d -> d.person().equals(person))) {
					problems.add("dependant", "affiliation.dependant.unknown");
				}
				problems.throwIfAny();
				dependants.end(id, required(person), required(effective));
			}
		}
		catch (PersonRestrictedException restricted) {
			throw Problems.single("status", "affiliate.restricted");
		}
		record(organisation, affiliation, modification.kind(), required(effective), MovementJournal.CHANGE_PURPOSE);
		return affiliate(owned(organisation, id), reference(affiliation));
	}

	private void dependantsOpen(Problems problems, Affiliation affiliation) {
		if (affiliation.status() != AffiliationStatus.REQUESTED && affiliation.status() != AffiliationStatus.ACTIVE) {
			problems.add("status", "affiliate.not-active");
		}
	}

	private String holderName(PersonId person) {
		return people.find(person).map(p -> p.name().fullName()).orElse("-");
	}

	// --- reads

	@Override
	@Transactional(readOnly = true)
	public Optional<Affiliate> find(UUID organisation, AffiliationId id) {
		Optional<Affiliation> affiliation = affiliations.findForOrganisation(organisation, id);
		if (affiliation.isEmpty() || people.find(affiliation.get().person()).isEmpty()) {
			return Optional.empty();
		}
		journal.read(organisation, id, affiliation.get().person());
		return Optional.of(affiliate(affiliation.get(), reference(affiliation.get())));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Movement> history(UUID organisation, AffiliationId id) {
		owned(organisation, id);
		return movements.of(id)
			.stream()
			.map(line -> new Movement(line.affiliation(), MovementKind.valueOf(line.kind()), line.effectiveDate(),
					line.recordedAt()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public AffiliatePage search(UUID organisation, AffiliateQuery query) {
		return search.search(organisation, query);
	}

	@Override
	@Transactional(readOnly = true)
	public AffiliateCounts counts(UUID organisation) {
		return search.counts(organisation, FrenchDates.today(clock));
	}

	// --- helpers

	private Affiliation owned(UUID organisation, AffiliationId id) {
		return affiliations.findForOrganisation(organisation, id).orElseThrow(() -> new UnknownAffiliateException(id));
	}

	private String reference(Affiliation affiliation) {
		return groupContracts.find(affiliation.groupContract()).map(GroupContract::reference).orElse("");
	}

	private Affiliate affiliate(Affiliation affiliation, String reference) {
		Person person = people.find(affiliation.person())
			.orElseThrow(() -> new UnknownAffiliateException(affiliation.id()));
		List<Dependant> covered = dependants.of(affiliation.id());
		Map<PersonId, PersonSummary> summaries = people.summaries(covered.stream().map(Dependant::person).toList());
		List<AffiliateDependant> shown = new ArrayList<>();
		for (Dependant dependant : covered) {
			PersonSummary summary = summaries.get(dependant.person());
			if (summary != null) {
				shown.add(new AffiliateDependant(dependant.person(), summary.name(), summary.birthDate(),
						dependant.type(), dependant.from(), dependant.until()));
			}
		}
		return new Affiliate(affiliation, reference, person, shown);
	}

	private void record(UUID organisation, Affiliation affiliation, MovementKind kind, LocalDate effective,
			String purpose) {
		movements.record(affiliation.id(), kind.name(), effective);
		journal.changed(organisation, affiliation.id(), affiliation.person(), purpose);
	}

	private @Nullable PersonName name(Problems problems, String prefix, @Nullable Civility civility,
			@Nullable String lastName, @Nullable String firstNames, @Nullable String birthName) {
		problems.required(prefix + "civility", civility, "person-name.civility.required");
		problems.parse(prefix + "lastName", () -> PersonName.part(required(lastName, "person-name.last-name.invalid")));
		problems.parse(prefix + "firstNames",
				() -> PersonName.part(required(firstNames, "person-name.first-names.invalid")));
		if (!blank(birthName)) {
			problems.parse(prefix + "birthName", () -> PersonName.part(birthName));
		}
		if (problems.has(prefix + "civility") || problems.has(prefix + "lastName")
				|| problems.has(prefix + "firstNames") || problems.has(prefix + "birthName")) {
			return null;
		}
		return PersonName.of(civility, lastName, firstNames, birthName);
	}

	private @Nullable LocalDate birthDate(Problems problems, String field, @Nullable LocalDate birthDate) {
		LocalDate date = problems.required(field, birthDate, "affiliate.birth-date.required");
		if (date == null) {
			return null;
		}
		LocalDate today = FrenchDates.today(clock);
		if (date.isAfter(today) || date.isBefore(today.minusYears(120))) {
			problems.add(field, "affiliate.birth-date.implausible");
			return null;
		}
		return date;
	}

	private @Nullable Nir nir(Problems problems, String field, @Nullable String text, boolean required,
			@Nullable Civility civility, @Nullable LocalDate birthDate) {
		if (blank(text)) {
			if (required) {
				problems.add(field, "nir.required");
			}
			return null;
		}
		Nir nir = problems.parse(field, () -> Nir.parse(text));
		if (nir == null) {
			return null;
		}
		Optional<String> mismatch = NirConsistency.check(nir, civility, birthDate);
		if (mismatch.isPresent()) {
			problems.add(field, mismatch.get());
			return null;
		}
		return nir;
	}

	private @Nullable PostalAddress address(Problems problems, String prefix, @Nullable EmployeeAddress address) {
		if (address == null || blank(address.line1()) && blank(address.city()) && blank(address.postalCode())) {
			problems.add(prefix + "line1", "affiliate.address.required");
			return null;
		}
		if (blank(address.line1())) {
			problems.add(prefix + "line1", "postal-address.lines.invalid");
		}
		if (blank(address.city())) {
			problems.add(prefix + "city", "postal-address.city.invalid");
		}
		try {
			List<String> lines = new ArrayList<>();
			lines.add(address.line1() == null ? "" : address.line1());
			lines.add(address.line2() == null ? "" : address.line2());
			return PostalAddress.of(lines, address.postalCode(), address.city(), address.country());
		}
		catch (fr.integrance.platform.InvalidValueException refused) {
			String key = refused.messageKey();
			String field = key.startsWith("postal-code") || key.endsWith("postal-code.invalid") ? "postalCode"
					: key.contains("country") ? "country" : key.contains("city") ? "city" : "line1";
			problems.add(prefix + field, key);
			return null;
		}
	}

	private @Nullable String fund(Problems problems, @Nullable String fund) {
		if (blank(fund)) {
			return null;
		}
		String tidy = required(fund).strip();
		if (tidy.length() > MAX_FUND_LENGTH) {
			problems.add("schemeFund", "affiliate.scheme-fund.too-long");
			return null;
		}
		return tidy;
	}

	private @Nullable ParsedBank bank(Problems problems, BankDetails bank) {
		Iban iban = problems.parse("bank.iban", () -> Iban.parse(bank.iban()));
		Bic bic = problems.parse("bank.bic", () -> Bic.parse(bank.bic()));
		String holder = blank(bank.holder()) ? null : required(bank.holder()).strip();
		if (holder != null && holder.length() > MAX_HOLDER_LENGTH) {
			problems.add("bank.holder", "affiliate.bank-holder.too-long");
		}
		return iban == null || bic == null ? null : new ParsedBank(iban, bic, holder);
	}

	private ParsedDependant dependant(Problems problems, String prefix, DependantEnrolment dependant) {
		DependantType type = problems.required(prefix + "type", dependant.type(), "affiliate.dependant-type.required");
		PersonName name = name(problems, prefix, dependant.civility(), dependant.lastName(), dependant.firstNames(),
				dependant.birthName());
		LocalDate birthDate = birthDate(problems, prefix + "birthDate", dependant.birthDate());
		Nir nir = nir(problems, prefix + "nir", dependant.nir(), false, dependant.civility(), birthDate);
		if (nir != null && people.findByNir(nir).isPresent()) {
			problems.add(prefix + "nir", "affiliate.nir.already-registered");
		}
		PhoneNumber phone = blank(dependant.phone()) ? null
				: problems.parse(prefix + "phone", () -> PhoneNumber.parse(dependant.phone()));
		return new ParsedDependant(type, name, birthDate, nir, phone);
	}

	private static boolean isEmpty(BankDetails bank) {
		return blank(bank.iban()) && blank(bank.bic()) && blank(bank.holder());
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static @Nullable String strip(@Nullable String text) {
		return text == null ? null : text.strip();
	}

	private static String required(@Nullable String text, String messageKey) {
		if (text == null || text.isBlank()) {
			throw new fr.integrance.platform.InvalidValueException(messageKey);
		}
		return text;
	}

	/** A value the checks made sure of. */
	private static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("checked before");
		}
		return value;
	}

	private record ParsedBank(Iban iban, Bic bic, @Nullable String holder) {
	}

	private record ParsedDependant(@Nullable DependantType type, @Nullable PersonName name,
			@Nullable LocalDate birthDate, @Nullable Nir nir, @Nullable PhoneNumber phone) {

		NewPerson toNewPerson() {
			return new NewPerson(required(name), required(birthDate), nir, null, phone, null, null, null, null);
		}

		@Override
		public DependantType type() {
			return required(type);
		}

	}

}
