package fr.integrance.people.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.people.BankAccount;
import fr.integrance.people.Person;
import fr.integrance.people.PersonHolds;
import fr.integrance.people.PersonHolds.Hold;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProvider;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;

/**
 * The people module's part of access, portability, erasure and restriction, for a
 * {@link DataSubjectRef.Kind#PERSON} whose id is the person id.
 * <p>
 * Erasure anonymises the person row (other modules refer to its id) and deletes the bank
 * accounts, unless a module holds the person ({@link PersonHolds}: a running contract,
 * the « contract + 6 years » retention); then every row is kept with the reason and, when
 * known, the day it becomes erasable.
 */
@Component
@Transactional
class PeoplePersonalData implements PersonalDataProvider {

	static final String MODULE = "people";

	private final PersonRepository persons;

	private final BankAccountRepository bankAccounts;

	private final fr.integrance.platform.FieldEncryption encryption;

	private final ObjectProvider<PersonHolds> holds;

	private final Clock clock;

	PeoplePersonalData(PersonRepository persons, BankAccountRepository bankAccounts,
			fr.integrance.platform.FieldEncryption encryption, ObjectProvider<PersonHolds> holds, Clock clock) {
		this.persons = persons;
		this.bankAccounts = bankAccounts;
		this.encryption = encryption;
		this.holds = holds;
		this.clock = clock;
	}

	@Override
	public String module() {
		return MODULE;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ExportSection> export(DataSubjectRef subject) {
		Optional<PersonEntity> found = person(subject).filter(p -> !p.isAnonymised());
		if (found.isEmpty()) {
			return List.of();
		}
		Person person = found.get().toPerson(encryption);
		List<ExportSection> sections = new ArrayList<>();
		Map<String, Object> identification = new LinkedHashMap<>();
		identification.put("civility", person.name().civility().name());
		identification.put("lastName", person.name().lastName());
		identification.put("firstNames", person.name().firstNames());
		identification.put("birthName", person.name().birthName().orElse(null));
		identification.put("birthDate", person.birthDate());
		identification.put("nir", person.nir() == null ? null : person.nir().formatted());
		identification.put("email", person.email() == null ? null : person.email().value());
		identification.put("phone", person.phone() == null ? null : person.phone().e164());
		identification.put("addressLines", person.address() == null ? null : person.address().lines());
		identification.put("postalCode", person.address() == null ? null : person.address().postalCode());
		identification.put("city", person.address() == null ? null : person.address().city());
		identification.put("country", person.address() == null ? null : person.address().country());
		sections.add(new ExportSection(MODULE, "identification", List.of(identification)));
		Map<String, Object> personalLife = new LinkedHashMap<>();
		personalLife.put("familySituation", person.familySituation() == null ? null : person.familySituation().name());
		personalLife.put("mandatoryScheme", person.scheme() == null ? null : person.scheme().name());
		personalLife.put("schemeFund", person.schemeFund());
		sections.add(new ExportSection(MODULE, "personal-life", List.of(personalLife)));
		List<Map<String, Object>> accounts = new ArrayList<>();
		for (BankAccountEntity entity : bankAccounts.findByPerson(found.get().id())) {
			BankAccount account = entity.toBankAccount(encryption);
			Map<String, Object> record = new LinkedHashMap<>();
			record.put("iban", account.iban().formatted());
			record.put("bic", account.bic() == null ? null : account.bic().value());
			record.put("holder", account.holder());
			record.put("mandateRum", account.mandate() == null ? null : account.mandate().rum());
			record.put("mandateSignedOn", account.mandate() == null ? null : account.mandate().signedOn());
			record.put("mandateRevokedOn", account.mandate() == null ? null : account.mandate().revokedOn());
			accounts.add(record);
		}
		if (!accounts.isEmpty()) {
			sections.add(new ExportSection(MODULE, "economic-financial", accounts));
		}
		return sections;
	}

	@Override
	public List<ErasureOutcome> eraseOrAnonymise(DataSubjectRef subject) {
		Optional<PersonEntity> found = person(subject);
		if (found.isEmpty()) {
			return List.of();
		}
		PersonEntity person = found.get();
		List<BankAccountEntity> accounts = bankAccounts.findByPerson(person.id());
		List<Hold> current = holds.orderedStream().flatMap(h -> h.holds(person.personId()).stream()).toList();
		List<ErasureOutcome> outcomes = new ArrayList<>();
		if (!current.isEmpty()) {
			String reason = String.join(" ; ", current.stream().map(Hold::reason).distinct().toList());
			// Kept until the latest hold ends; unknown while any hold is open-ended.
			java.time.LocalDate until = current.stream().anyMatch(h -> h.until() == null) ? null
					: current.stream().map(Hold::until).max(Comparator.naturalOrder()).orElse(null);
			outcomes.add(ErasureOutcome.kept(MODULE, ref(PersonEntity.TABLE, person.id()), reason, until));
			accounts.forEach(a -> outcomes
				.add(ErasureOutcome.kept(MODULE, ref(BankAccountEntity.TABLE, a.id()), reason, until)));
			return outcomes;
		}
		for (BankAccountEntity account : accounts) {
			bankAccounts.delete(account);
			outcomes.add(ErasureOutcome.erased(MODULE, ref(BankAccountEntity.TABLE, account.id())));
		}
		if (!person.isAnonymised()) {
			person.anonymise(clock.instant());
		}
		outcomes.add(ErasureOutcome.anonymised(MODULE, ref(PersonEntity.TABLE, person.id())));
		return outcomes;
	}

	@Override
	public RestrictionOutcome restrict(DataSubjectRef subject, RestrictionGround ground) {
		return mark(subject, true, ground.name());
	}

	@Override
	public RestrictionOutcome liftRestriction(DataSubjectRef subject) {
		return mark(subject, false, null);
	}

	private RestrictionOutcome mark(DataSubjectRef subject, boolean restricted, String ground) {
		Optional<PersonEntity> found = person(subject);
		if (found.isEmpty()) {
			return new RestrictionOutcome(MODULE, 0);
		}
		int changed = 0;
		PersonEntity person = found.get();
		if (person.isRestricted() != restricted) {
			changed++;
		}
		if (restricted) {
			person.restrict(ground);
		}
		else {
			person.liftRestriction();
		}
		for (BankAccountEntity account : bankAccounts.findByPerson(person.id())) {
			if (account.isRestricted() != restricted) {
				account.restrict(restricted);
				changed++;
			}
		}
		return new RestrictionOutcome(MODULE, changed);
	}

	private Optional<PersonEntity> person(DataSubjectRef subject) {
		if (subject.kind() != DataSubjectRef.Kind.PERSON) {
			return Optional.empty();
		}
		try {
			return persons.findById(UUID.fromString(subject.id()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String ref(String table, UUID id) {
		return table + "#" + id;
	}

}
