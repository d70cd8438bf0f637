package fr.integrance.contracts.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.AffiliationStatus;
import fr.integrance.contracts.ContractStatus;
import fr.integrance.people.PersonHolds;
import fr.integrance.people.PersonId;
import fr.integrance.platform.FrenchDates;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.PersonalDataRows;
import fr.integrance.privacy.PersonalRow;

/**
 * The contracts module's rows of a person, and the holds they put on the person's record
 * ({@link PersonHolds}): the contracts they hold, their rows as a dependant (read within
 * their contract, whose member stays out of their export), their affiliations and
 * representations.
 * <p>
 * A row is erasable once its retention clock has run out: a terminated contract (and its
 * dependants' rows) the day after its retention date (end + 6 years); a closed
 * affiliation the day after its own; a representation six years after its validity ended.
 * Until then it is kept under the register's rule: {@value #MEMBER_RULE} for a contract,
 * its dependants and a protected adult's representation (the clock not started while the
 * contract or measure runs), {@value #AFFILIATE_RULE} for an affiliation.
 */
@Component
@RequiredArgsConstructor
class ContractsPersonalData implements PersonalDataRows, PersonHolds {

	/** The register's « member: life of the contract plus 6 years ». */
	static final String MEMBER_RULE = "member-contract-6y";

	/** The register's « affiliate: life of the contract plus 6 years ». */
	static final String AFFILIATE_RULE = "affiliate-contract-6y";

	private final IndividualContractRepository contracts;

	private final AffiliationRepository affiliations;

	private final RepresentationRepository representations;

	private final Clock clock;

	@Override
	public List<PersonalRow> rows(DataSubjectRef subject) {
		return subject.uuid(DataSubjectRef.Kind.PERSON).map(this::rows).orElse(List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Hold> holds(PersonId person) {
		return rows(person.value()).stream()
			.filter(row -> row.onErasure() == ErasureOutcome.Result.KEPT)
			.map(row -> new Hold(module(), Objects.requireNonNull(row.rule(), "a kept row names its rule"),
					row.keptUntil()))
			.toList();
	}

	private List<PersonalRow> rows(UUID person) {
		LocalDate today = FrenchDates.today(clock);
		List<PersonalRow> rows = new ArrayList<>();
		for (IndividualContractEntity contract : contracts.findByPerson(person)) {
			LocalDate until = contract.retainedUntil();
			boolean erasable = contract.status() == ContractStatus.TERMINATED && until != null && until.isBefore(today);
			if (person.equals(contract.memberPersonId())) {
				rows.add(row(contract, erasable, MEMBER_RULE, until, () -> contracts.delete(contract)));
			}
			else {
				for (DependantEntity dependant : List.copyOf(contract.dependants())) {
					if (person.equals(dependant.personId())) {
						rows.add(row(dependant, erasable, MEMBER_RULE, until,
								() -> contract.dependants().remove(dependant))
							.within(contract));
					}
				}
			}
		}
		for (AffiliationEntity affiliation : affiliations.findByPerson(person)) {
			LocalDate until = affiliation.retainedUntil();
			boolean erasable = affiliation.status() == AffiliationStatus.CLOSED && until != null
					&& until.isBefore(today);
			rows.add(row(affiliation, erasable, AFFILIATE_RULE, until, () -> affiliations.delete(affiliation)));
		}
		for (AffiliationEntity affiliation : affiliations.findByDependantPerson(person)) {
			LocalDate until = affiliation.retainedUntil();
			boolean erasable = affiliation.status() == AffiliationStatus.CLOSED && until != null
					&& until.isBefore(today);
			for (AffiliationDependantEntity dependant : List.copyOf(affiliation.dependantEntities())) {
				if (person.equals(dependant.personId())) {
					rows.add(row(dependant, erasable, AFFILIATE_RULE, until,
							() -> affiliation.dependantEntities().remove(dependant))
						.within(affiliation));
				}
			}
		}
		for (RepresentationEntity representation : representations.findByPerson(person)) {
			LocalDate until = representation.validUntil() == null ? null
					: representation.validUntil().plusYears(IndividualContractEntity.RETENTION_YEARS);
			boolean erasable = until != null && until.isBefore(today);
			rows.add(row(representation, erasable, MEMBER_RULE, until, () -> representations.delete(representation)));
		}
		return rows;
	}

	private static PersonalRow row(Object entity, boolean erasable, String rule, @Nullable LocalDate until,
			Runnable erase) {
		return erasable ? PersonalRow.erasable(entity, erase) : PersonalRow.kept(entity, rule, until);
	}

}
