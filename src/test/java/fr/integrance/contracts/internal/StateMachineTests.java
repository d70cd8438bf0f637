package fr.integrance.contracts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.integrance.contracts.AffiliationStatus;
import fr.integrance.contracts.ContractStatus;
import fr.integrance.contracts.GroupContractId;
import fr.integrance.contracts.InvalidTransitionException;
import fr.integrance.contracts.MemberNumber;
import fr.integrance.contracts.NewAffiliation;
import fr.integrance.contracts.NewDependant;
import fr.integrance.contracts.NewIndividualContract;
import fr.integrance.contracts.TerminationReason;
import fr.integrance.contracts.DependantType;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonRestrictedException;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.privacy.PrivacyState;
import fr.integrance.privacy.RestrictionGround;

/**
 * The aggregates allow exactly the transitions of DESIGN.md §5 and refuse every other one
 * with {@link InvalidTransitionException}, whatever operation is tried from whatever
 * state.
 */
class StateMachineTests {

	static final Instant NOW = Instant.parse("2026-01-01T09:00:00Z");
	static final LocalDate START = LocalDate.of(2026, 1, 1);
	static final LocalDate END = LocalDate.of(2026, 9, 30);

	/** The day the operations are done, after every end date below. */
	static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

	// ---------------------------------------------------------------- individual
	// contracts

	static IndividualContractEntity contractIn(ContractStatus status) {
		IndividualContractEntity contract = IndividualContractEntity.open(
				new NewIndividualContract(PersonId.random(), "confort", START,
						List.of(new NewDependant(PersonId.random(), DependantType.CHILD, START))),
				MemberNumber.of(100_000_001L), NOW);
		switch (status) {
			case PENDING -> {
			}
			case ACTIVE -> contract.activate();
			case SUSPENDED -> {
				contract.activate();
				contract.suspend("impayés");
			}
			case TERMINATED -> {
				contract.activate();
				contract.terminate(END, "résiliation", TODAY);
			}
		}
		assertThat(contract.status()).isEqualTo(status);
		return contract;
	}

	/** Every operation of the contract, with the state it leads to. */
	static final Map<String, Consumer<IndividualContractEntity>> CONTRACT_OPERATIONS = Map.of("activate",
			IndividualContractEntity::activate, "suspend", c -> c.suspend("impayés"), "resume",
			IndividualContractEntity::resume, "terminate", c -> c.terminate(END, "résiliation", TODAY));

	static final Map<String, ContractStatus> CONTRACT_TARGETS = Map.of("activate", ContractStatus.ACTIVE, "suspend",
			ContractStatus.SUSPENDED, "resume", ContractStatus.ACTIVE, "terminate", ContractStatus.TERMINATED);

	/** The allowed (state, operation) pairs: anything else must be refused. */
	static final List<String> CONTRACT_ALLOWED = List.of("PENDING activate", "ACTIVE suspend", "ACTIVE terminate",
			"SUSPENDED resume", "SUSPENDED terminate");

	static Stream<Arguments> contractPairs(boolean allowed) {
		List<Arguments> pairs = new ArrayList<>();
		for (ContractStatus from : ContractStatus.values()) {
			for (String operation : CONTRACT_OPERATIONS.keySet()) {
				if (CONTRACT_ALLOWED.contains(from + " " + operation) == allowed) {
					pairs.add(Arguments.of(from, operation));
				}
			}
		}
		return pairs.stream();
	}

	static Stream<Arguments> invalidContractTransitions() {
		return contractPairs(false);
	}

	static Stream<Arguments> validContractTransitions() {
		return contractPairs(true);
	}

	@ParameterizedTest(name = "{0} then {1} is refused")
	@MethodSource("invalidContractTransitions")
	void contractRefusesEveryInvalidTransition(ContractStatus from, String operation) {
		IndividualContractEntity contract = contractIn(from);

		assertThatThrownBy(() -> CONTRACT_OPERATIONS.get(operation).accept(contract))
			.isInstanceOfSatisfying(InvalidTransitionException.class, ex -> {
				assertThat(ex.aggregate()).isEqualTo("IndividualContract");
				assertThat(ex.from()).isEqualTo(from.name());
				assertThat(ex.to()).isEqualTo(CONTRACT_TARGETS.get(operation).name());
			});
		assertThat(contract.status()).isEqualTo(from);
	}

	@ParameterizedTest(name = "{0} then {1} is allowed")
	@MethodSource("validContractTransitions")
	void contractAllowsTheTransitionsOfTheDesign(ContractStatus from, String operation) {
		IndividualContractEntity contract = contractIn(from);

		CONTRACT_OPERATIONS.get(operation).accept(contract);

		assertThat(contract.status()).isEqualTo(CONTRACT_TARGETS.get(operation));
	}

	@Test
	void contractStatusTableMatchesTheDesign() {
		assertThat(ContractStatus.PENDING.next()).containsExactly(ContractStatus.ACTIVE);
		assertThat(ContractStatus.ACTIVE.next()).containsExactlyInAnyOrder(ContractStatus.SUSPENDED,
				ContractStatus.TERMINATED);
		assertThat(ContractStatus.SUSPENDED.next()).containsExactlyInAnyOrder(ContractStatus.ACTIVE,
				ContractStatus.TERMINATED);
		assertThat(ContractStatus.TERMINATED.next()).isEmpty();
	}

	@Test
	void terminationRecordsEndRetentionAndEndsDependants() {
		IndividualContractEntity contract = contractIn(ContractStatus.SUSPENDED);

		contract.terminate(LocalDate.of(2027, 2, 28), "décès", TODAY);

		assertThat(contract.toContract().endDate()).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(contract.toContract().retentionUntil()).isEqualTo(LocalDate.of(2033, 2, 28));
		assertThat(contract.toContract().dependants())
			.allSatisfy(d -> assertThat(d.until()).isEqualTo(LocalDate.of(2027, 2, 28)));
	}

	@Test
	void terminationBeforeStartIsRefused() {
		IndividualContractEntity contract = contractIn(ContractStatus.ACTIVE);

		assertThatThrownBy(() -> contract.terminate(START.minusDays(1), "x", TODAY)).isInstanceOfSatisfying(
				InvalidValueException.class, ex -> assertThat(ex.messageKey()).isEqualTo("contract.end-before-start"));
		assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
	}

	@Test
	void terminationAfterTodayIsRefusedTheDayItselfAccepted() {
		IndividualContractEntity contract = contractIn(ContractStatus.ACTIVE);

		assertThatThrownBy(() -> contract.terminate(TODAY.plusDays(1), "x", TODAY)).isInstanceOfSatisfying(
				InvalidValueException.class, ex -> assertThat(ex.messageKey()).isEqualTo("contract.end-after-today"));
		assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);

		contract.terminate(TODAY, "x", TODAY);
		assertThat(contract.status()).isEqualTo(ContractStatus.TERMINATED);
	}

	@Test
	void aDependantWhoseCoverStartsAfterTheEndWasNeverCoveredAndIsRemoved() {
		IndividualContractEntity contract = contractIn(ContractStatus.ACTIVE);
		PersonId late = PersonId.random();
		contract.addDependant(new NewDependant(late, DependantType.CHILD, END.plusDays(10)));

		contract.terminate(END, "résiliation", TODAY);

		assertThat(contract.toContract().dependants()).extracting(d -> d.person()).doesNotContain(late).hasSize(1);
		assertThat(contract.toContract().dependants()).allSatisfy(d -> assertThat(d.until()).isEqualTo(END));
	}

	@Test
	void aRestrictedContractRefusesEveryChangeOfStatus() {
		for (ContractStatus status : List.of(ContractStatus.ACTIVE, ContractStatus.SUSPENDED)) {
			IndividualContractEntity contract = contractIn(status);
			ReflectionTestUtils.setField(contract, "privacy",
					PrivacyState.NONE.restrict(RestrictionGround.ACCURACY_CONTESTED));

			assertThatThrownBy(() -> contract.suspend("x")).isInstanceOf(PersonRestrictedException.class);
			assertThatThrownBy(contract::resume).isInstanceOf(PersonRestrictedException.class);
			assertThatThrownBy(() -> contract.terminate(END, "x", TODAY)).isInstanceOf(PersonRestrictedException.class);
			assertThat(contract.status()).isEqualTo(status);
			assertThat(contract.toContract().restricted()).isTrue();
		}
	}

	// ---------------------------------------------------------------- affiliations

	static AffiliationEntity affiliationIn(AffiliationStatus status, TerminationReason reason) {
		AffiliationEntity affiliation = AffiliationEntity.request(new NewAffiliation(PersonId.random(),
				new GroupContractId(UUID.randomUUID()), "cadres", "confort", START, LocalDate.of(2025, 10, 1)), NOW);
		List<AffiliationStatus> path = List.of(AffiliationStatus.values());
		for (AffiliationStatus step : path.subList(1, path.indexOf(status) + 1)) {
			switch (step) {
				case ACTIVE -> affiliation.activate();
				case TERMINATION_REQUESTED -> affiliation.requestTermination(END, reason);
				case TERMINATED -> affiliation.confirmTermination();
				case PORTABILITY -> affiliation.startPortability();
				case CLOSED -> affiliation.close();
				default -> throw new IllegalStateException();
			}
		}
		assertThat(affiliation.status()).isEqualTo(status);
		return affiliation;
	}

	static final Map<AffiliationStatus, Consumer<AffiliationEntity>> AFFILIATION_OPERATIONS = Map.of(
			AffiliationStatus.ACTIVE, AffiliationEntity::activate, AffiliationStatus.TERMINATION_REQUESTED,
			a -> a.requestTermination(END, TerminationReason.DISMISSAL), AffiliationStatus.TERMINATED,
			AffiliationEntity::confirmTermination, AffiliationStatus.PORTABILITY, AffiliationEntity::startPortability,
			AffiliationStatus.CLOSED, AffiliationEntity::close);

	static Stream<Arguments> invalidAffiliationTransitions() {
		List<Arguments> pairs = new ArrayList<>();
		for (AffiliationStatus from : AffiliationStatus.values()) {
			for (AffiliationStatus to : AFFILIATION_OPERATIONS.keySet()) {
				if (!from.canMoveTo(to)) {
					pairs.add(Arguments.of(from, to));
				}
			}
		}
		return pairs.stream();
	}

	@ParameterizedTest(name = "{0} → {1} is refused")
	@MethodSource("invalidAffiliationTransitions")
	void affiliationRefusesEveryInvalidTransition(AffiliationStatus from, AffiliationStatus to) {
		AffiliationEntity affiliation = affiliationIn(from, TerminationReason.DISMISSAL);

		assertThatThrownBy(() -> AFFILIATION_OPERATIONS.get(to).accept(affiliation))
			.isInstanceOfSatisfying(InvalidTransitionException.class, ex -> {
				assertThat(ex.aggregate()).isEqualTo("Affiliation");
				assertThat(ex.from()).isEqualTo(from.name());
				assertThat(ex.to()).isEqualTo(to.name());
			});
		assertThat(affiliation.status()).isEqualTo(from);
	}

	@Test
	void affiliationStatusTableMatchesTheDesign() {
		assertThat(AffiliationStatus.REQUESTED.next()).containsExactly(AffiliationStatus.ACTIVE);
		assertThat(AffiliationStatus.ACTIVE.next()).containsExactly(AffiliationStatus.TERMINATION_REQUESTED);
		assertThat(AffiliationStatus.TERMINATION_REQUESTED.next()).containsExactly(AffiliationStatus.TERMINATED);
		assertThat(AffiliationStatus.TERMINATED.next())
			.isEqualTo(EnumSet.of(AffiliationStatus.PORTABILITY, AffiliationStatus.CLOSED));
		assertThat(AffiliationStatus.PORTABILITY.next()).containsExactly(AffiliationStatus.CLOSED);
		assertThat(AffiliationStatus.CLOSED.next()).isEmpty();
	}

	@Test
	void portabilityRefusedAfterGrossMisconductButClosingAllowed() {
		AffiliationEntity affiliation = affiliationIn(AffiliationStatus.TERMINATED,
				TerminationReason.GROSS_MISCONDUCT_DISMISSAL);

		assertThatThrownBy(affiliation::startPortability).isInstanceOf(InvalidTransitionException.class);
		affiliation.close();
		assertThat(affiliation.status()).isEqualTo(AffiliationStatus.CLOSED);
		assertThat(affiliation.toAffiliation().retentionUntil()).isEqualTo(END.plusYears(6));
	}

	@Test
	void portabilityRunsForTheEmploymentLengthAndMovesTheRetentionClock() {
		// employed 1 October 2025 to 30 September 2026: 12 months
		AffiliationEntity affiliation = affiliationIn(AffiliationStatus.PORTABILITY,
				TerminationReason.CONVENTIONAL_TERMINATION);

		assertThat(affiliation.toAffiliation().portabilityUntil()).isEqualTo(LocalDate.of(2027, 9, 30));
		assertThat(affiliation.toAffiliation().retentionUntil()).isEqualTo(LocalDate.of(2033, 9, 30));
	}

}
