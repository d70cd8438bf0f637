package fr.integrance.contracts.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.contracts.AffiliationStatus;
import fr.integrance.contracts.ContractStatus;
import fr.integrance.contracts.Affiliation;
import fr.integrance.contracts.Dependant;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.Representation;
import fr.integrance.people.PersonHolds;
import fr.integrance.people.PersonId;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.FrenchDates;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProvider;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;

/**
 * The contracts module's part of access, erasure and restriction for a person, and the
 * holds it puts on the person's record ({@link PersonHolds}).
 * <p>
 * A record is erasable once its retention clock has run out: a terminated contract (and
 * its dependants' rows) the day after {@code retentionUntil} (end + 6 years); a closed
 * affiliation the day after its {@code retentionUntil}; a representation six years after
 * its validity ended. Until then it is kept, with the reason (« contrat en cours »,
 * « obligation légale : contrat + 6 ans »). The member's export leaves the dependants
 * out: they are other people.
 */
@Component
@Transactional
class ContractsPersonalData implements PersonalDataProvider, PersonHolds {

	static final String MODULE = "contracts";

	static final String RUNNING = "contrat en cours";

	static final String LEGAL_RETENTION = "obligation légale : contrat + 6 ans";

	private final IndividualContractRepository contracts;

	private final AffiliationRepository affiliations;

	private final RepresentationRepository representations;

	private final FieldEncryption encryption;

	private final Clock clock;

	ContractsPersonalData(IndividualContractRepository contracts, AffiliationRepository affiliations,
			RepresentationRepository representations, FieldEncryption encryption, Clock clock) {
		this.contracts = contracts;
		this.affiliations = affiliations;
		this.representations = representations;
		this.encryption = encryption;
		this.clock = clock;
	}

	@Override
	public String module() {
		return MODULE;
	}

	/**
	 * What to do with one record: erase it, or keep it for a reason until a day (null:
	 * open-ended).
	 */
	private record Decision(String record, boolean erasable, String reason, LocalDate until, Runnable erase) {
	}

	private List<Decision> decisions(UUID person) {
		LocalDate today = FrenchDates.today(clock);
		List<Decision> decisions = new ArrayList<>();
		for (IndividualContractEntity contract : contracts.findByPerson(person)) {
			boolean erasable = erasable(contract, today);
			String reason = contract.status() == ContractStatus.TERMINATED ? LEGAL_RETENTION : RUNNING;
			if (person.equals(contract.memberPersonId())) {
				decisions.add(new Decision("contract_individual#" + contract.id(), erasable, reason,
						contract.retentionUntil(), () -> contracts.delete(contract)));
			}
			else {
				for (DependantEntity dependant : List.copyOf(contract.dependants())) {
					if (person.equals(dependant.personId())) {
						decisions.add(new Decision("contract_dependant#" + dependant.id(), erasable, reason,
								contract.retentionUntil(), () -> contract.dependants().remove(dependant)));
					}
				}
			}
		}
		for (AffiliationEntity affiliation : affiliations.findByPerson(person)) {
			boolean erasable = affiliation.status() == AffiliationStatus.CLOSED
					&& affiliation.retentionUntil().isBefore(today);
			String reason = affiliation.retentionUntil() == null ? RUNNING : LEGAL_RETENTION;
			decisions.add(new Decision("contract_affiliation#" + affiliation.id(), erasable, reason,
					affiliation.retentionUntil(), () -> affiliations.delete(affiliation)));
		}
		for (RepresentationEntity representation : representations.findByPerson(person)) {
			LocalDate until = representation.validUntil() == null ? null
					: representation.validUntil().plusYears(IndividualContractEntity.RETENTION_YEARS);
			boolean erasable = until != null && until.isBefore(today);
			decisions.add(new Decision("contract_representation#" + representation.id(), erasable,
					until == null || !representation.validUntil().isBefore(today) ? "mesure de protection en cours"
							: "obligation légale : mesure de protection + 6 ans",
					until, () -> representations.delete(representation)));
		}
		return decisions;
	}

	private static boolean erasable(IndividualContractEntity contract, LocalDate today) {
		return contract.status() == ContractStatus.TERMINATED && contract.retentionUntil().isBefore(today);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Hold> holds(PersonId person) {
		return decisions(person.value()).stream()
			.filter(decision -> !decision.erasable())
			.map(decision -> new Hold(MODULE, decision.reason(), decision.until()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ExportSection> export(DataSubjectRef subject) {
		Optional<UUID> person = personId(subject);
		if (person.isEmpty()) {
			return List.of();
		}
		List<Map<String, Object>> identification = new ArrayList<>();
		List<Map<String, Object>> personalLife = new ArrayList<>();
		for (IndividualContractEntity entity : contracts.findByPerson(person.get())) {
			IndividualContract contract = entity.toContract();
			if (person.get().equals(contract.member().value())) {
				Map<String, Object> record = new LinkedHashMap<>();
				record.put("memberNumber", contract.memberNumber().value());
				record.put("planCode", contract.planCode());
				record.put("startDate", contract.startDate());
				record.put("endDate", contract.endDate());
				record.put("status", contract.status().name());
				identification.add(record);
			}
			for (Dependant dependant : contract.dependants()) {
				if (person.get().equals(dependant.person().value())) {
					Map<String, Object> record = new LinkedHashMap<>();
					record.put("coveredAs", dependant.type().name());
					record.put("planCode", contract.planCode());
					record.put("from", dependant.from());
					record.put("until", dependant.until());
					personalLife.add(record);
				}
			}
		}
		for (AffiliationEntity entity : affiliations.findByPerson(person.get())) {
			Affiliation affiliation = entity.toAffiliation();
			Map<String, Object> record = new LinkedHashMap<>();
			record.put("populationCategory", affiliation.populationCategory());
			record.put("planCode", affiliation.planCode());
			record.put("startDate", affiliation.startDate());
			record.put("employmentStart", affiliation.employmentStart());
			record.put("status", affiliation.status().name());
			record.put("endDate", affiliation.endDate());
			record.put("terminationReason",
					affiliation.terminationReason() == null ? null : affiliation.terminationReason().name());
			record.put("portabilityUntil", affiliation.portabilityUntil());
			personalLife.add(record);
		}
		for (RepresentationEntity entity : representations.findByPerson(person.get())) {
			Representation representation = entity.toRepresentation(encryption);
			Map<String, Object> record = new LinkedHashMap<>();
			record.put("protectionMeasure", representation.measure().name());
			record.put("validFrom", representation.validity().start());
			record.put("validUntil", representation.validity().end().orElse(null));
			record.put("courtDecisionReference", representation.courtDecisionReference());
			identification.add(record);
		}
		List<ExportSection> sections = new ArrayList<>();
		if (!identification.isEmpty()) {
			sections.add(new ExportSection(MODULE, "identification", identification));
		}
		if (!personalLife.isEmpty()) {
			sections.add(new ExportSection(MODULE, "personal-life", personalLife));
		}
		return sections;
	}

	@Override
	public List<ErasureOutcome> eraseOrAnonymise(DataSubjectRef subject) {
		Optional<UUID> person = personId(subject);
		if (person.isEmpty()) {
			return List.of();
		}
		List<ErasureOutcome> outcomes = new ArrayList<>();
		for (Decision decision : decisions(person.get())) {
			if (decision.erasable()) {
				decision.erase().run();
				outcomes.add(ErasureOutcome.erased(MODULE, decision.record()));
			}
			else {
				outcomes.add(ErasureOutcome.kept(MODULE, decision.record(), decision.reason(), decision.until()));
			}
		}
		return outcomes;
	}

	@Override
	public RestrictionOutcome restrict(DataSubjectRef subject, RestrictionGround ground) {
		return mark(subject, true);
	}

	@Override
	public RestrictionOutcome liftRestriction(DataSubjectRef subject) {
		return mark(subject, false);
	}

	private RestrictionOutcome mark(DataSubjectRef subject, boolean restricted) {
		Optional<UUID> person = personId(subject);
		if (person.isEmpty()) {
			return new RestrictionOutcome(MODULE, 0);
		}
		int changed = 0;
		for (IndividualContractEntity contract : contracts.findByPerson(person.get())) {
			if (person.get().equals(contract.memberPersonId()) && contract.isRestricted() != restricted) {
				contract.restrict(restricted);
				changed++;
			}
		}
		for (AffiliationEntity affiliation : affiliations.findByPerson(person.get())) {
			if (affiliation.isRestricted() != restricted) {
				affiliation.restrict(restricted);
				changed++;
			}
		}
		for (RepresentationEntity representation : representations.findByPerson(person.get())) {
			if (representation.isRestricted() != restricted) {
				representation.restrict(restricted);
				changed++;
			}
		}
		return new RestrictionOutcome(MODULE, changed);
	}

	private static Optional<UUID> personId(DataSubjectRef subject) {
		if (subject.kind() != DataSubjectRef.Kind.PERSON) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(subject.id()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
