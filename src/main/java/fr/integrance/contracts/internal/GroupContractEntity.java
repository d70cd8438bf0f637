package fr.integrance.contracts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.GroupContract;
import fr.integrance.contracts.GroupContractId;
import fr.integrance.contracts.NewGroupContract;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.VersionedRecord;

/**
 * An employer's group contract: the plans it offers and the staff categories it covers.
 */
@Entity
@Table(name = "contract_group")
class GroupContractEntity extends VersionedRecord {

	@NotPersonalData("a contract number")
	private String reference;

	@NotPersonalData("technical id of an organisation")
	@Column(name = "employer_organisation_id")
	private UUID employerOrganisationId;

	@NotPersonalData("plan codes of the catalogue")
	@ElementCollection
	@CollectionTable(name = "contract_group_plan", joinColumns = @JoinColumn(name = "group_contract_id"))
	@Column(name = "plan_code")
	@OrderColumn(name = "position")
	private List<String> planCodes = new ArrayList<>();

	@NotPersonalData("staff categories of the contract, not of a person")
	@ElementCollection
	@CollectionTable(name = "contract_group_category", joinColumns = @JoinColumn(name = "group_contract_id"))
	@Column(name = "category")
	@OrderColumn(name = "position")
	private List<String> populationCategories = new ArrayList<>();

	@NotPersonalData
	@Column(name = "start_date")
	private LocalDate startDate;

	@NotPersonalData
	@Column(name = "end_date")
	private @Nullable LocalDate endDate;

	protected GroupContractEntity() {
	}

	@SuppressWarnings("NullAway.Init") // create() below sets the required fields
	private GroupContractEntity(UUID id, Instant createdAt) {
		super(id, createdAt);
	}

	static GroupContractEntity create(NewGroupContract contract, String reference, Instant now) {
		List<String> plans = tidy(contract.planCodes());
		List<String> categories = tidy(contract.populationCategories());
		if (plans.isEmpty()) {
			throw new InvalidValueException("group-contract.plans.required");
		}
		if (categories.isEmpty() || categories.stream().anyMatch(c -> c.length() > 50)) {
			throw new InvalidValueException("group-contract.categories.required");
		}
		GroupContractEntity entity = new GroupContractEntity(UUID.randomUUID(), now);
		entity.reference = reference;
		entity.employerOrganisationId = contract.employerOrganisation();
		entity.planCodes.addAll(plans);
		entity.populationCategories.addAll(categories);
		entity.startDate = contract.startDate();
		return entity;
	}

	private static List<String> tidy(List<String> values) {
		return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
	}

	void end(LocalDate lastDay) {
		if (lastDay.isBefore(startDate)) {
			throw new InvalidValueException("contract.end-before-start");
		}
		endDate = lastDay;
	}

	boolean offersPlan(String code) {
		return planCodes.contains(code);
	}

	boolean covers(String category) {
		return populationCategories.contains(category);
	}

	UUID employerOrganisationId() {
		return employerOrganisationId;
	}

	GroupContract toGroupContract() {
		return new GroupContract(new GroupContractId(id()), reference, employerOrganisationId, planCodes,
				populationCategories, startDate, endDate);
	}

}
