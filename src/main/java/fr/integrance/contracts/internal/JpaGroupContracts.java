package fr.integrance.contracts.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.contracts.GroupContract;
import fr.integrance.contracts.GroupContractId;
import fr.integrance.contracts.GroupContracts;
import fr.integrance.contracts.NewGroupContract;
import fr.integrance.contracts.PlanCatalogue;
import fr.integrance.contracts.UnknownContractException;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.platform.Sequences;

/** {@link GroupContracts} on JPA. */
@Service
@Transactional
@RequiredArgsConstructor
class JpaGroupContracts implements GroupContracts {

	private final GroupContractRepository groupContracts;

	private final PlanCatalogue catalogue;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	@Override
	public GroupContract create(NewGroupContract contract) {
		for (String code : contract.planCodes()) {
			if (code != null && !code.isBlank() && catalogue.plan(code.strip()).isEmpty()) {
				throw new InvalidValueException("contract.plan.unknown");
			}
		}
		long number = Sequences.next(jdbc, "contract_group_reference_seq");
		String reference = GroupContract.reference(number);
		return groupContracts.save(GroupContractEntity.create(contract, reference, clock.instant())).toGroupContract();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<GroupContract> find(GroupContractId id) {
		return groupContracts.findById(id.value()).map(GroupContractEntity::toGroupContract);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<GroupContract> findForOrganisation(UUID employerOrganisation, GroupContractId id) {
		return groupContracts.findInOrganisation(employerOrganisation, id.value())
			.map(GroupContractEntity::toGroupContract);
	}

	@Override
	@Transactional(readOnly = true)
	public List<GroupContract> ofOrganisation(UUID employerOrganisation) {
		return groupContracts.findByOrganisation(employerOrganisation)
			.stream()
			.map(GroupContractEntity::toGroupContract)
			.toList();
	}

	@Override
	public GroupContract end(GroupContractId id, LocalDate endDate) {
		GroupContractEntity entity = groupContracts.findById(id.value())
			.orElseThrow(() -> new UnknownContractException("group contract", id));
		entity.end(endDate);
		return entity.toGroupContract();
	}

}
