package fr.integrance.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProvider;
import fr.integrance.privacy.PersonalDataProviders;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;
import fr.integrance.retention.ClockCause;
import fr.integrance.retention.RetainedRecord;
import fr.integrance.retention.RetentionClock;
import fr.integrance.retention.RetentionClocks;

/**
 * The retention module's provider: a person's clocks are exported; on erasure a running
 * clock is kept under its rule until it ends, one that has run out is erased.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "platform", "contracts", "people", "audit" })
@Tag("integration")
class RetentionPersonalDataTests {

	@Autowired
	JpaRetentionClocks recorder;

	@Autowired
	RetentionClocks clocks;

	@Autowired
	PersonalDataProviders providers;

	PersonalDataProvider provider;

	@BeforeEach
	void provider() {
		provider = providers.of("retention").orElseThrow();
	}

	private RetentionClock clock(DataSubjectRef subject, LocalDate startsOn) {
		RetentionClock clock = new RetentionClock(
				new RetainedRecord(RetainedRecord.Kind.INDIVIDUAL_CONTRACT, UUID.randomUUID()), "member-contract-6y",
				subject, "contract-end", ClockCause.CONTRACT_TERMINATED, startsOn, startsOn.plusYears(6),
				Instant.parse("2026-01-01T00:00:00Z"));
		recorder.record(clock);
		return clock;
	}

	@Test
	void aPersonsClocksAreExportedAndTheRunningOnesKeptOnErasure() {
		DataSubjectRef person = DataSubjectRef.person(UUID.randomUUID().toString());
		RetentionClock running = clock(person, LocalDate.now().minusYears(1));
		RetentionClock over = clock(person, LocalDate.now().minusYears(7));
		clock(DataSubjectRef.person(UUID.randomUUID().toString()), LocalDate.now().minusYears(1));

		assertThat(provider.export(person)).singleElement().satisfies(section -> {
			assertThat(section.category()).isEqualTo("personal-life");
			assertThat(section.records()).hasSize(2)
				.allSatisfy(row -> assertThat(row).containsEntry("ruleId", "member-contract-6y"));
		});
		assertThat(provider.export(person).stream().map(ExportSection::records).flatMap(java.util.List::stream))
			.extracting(row -> row.get("endsOn"))
			.containsExactly(over.endsOn(), running.endsOn());

		assertThat(provider.eraseOrAnonymise(person)).extracting(ErasureOutcome::result, ErasureOutcome::rule)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ErasureOutcome.Result.ERASED, null),
					org.assertj.core.groups.Tuple.tuple(ErasureOutcome.Result.KEPT, "member-contract-6y"));
		assertThat(clocks.ofSubject(person)).containsExactly(running);
		assertThat(provider.restrict(person, RestrictionGround.OBJECTION_PENDING))
			.isEqualTo(new RestrictionOutcome("retention", 0));
		assertThat(provider.export(DataSubjectRef.email("personne@example.invalid"))).isEmpty();
	}

}
