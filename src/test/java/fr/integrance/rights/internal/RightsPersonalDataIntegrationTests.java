package fr.integrance.rights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProvider;
import fr.integrance.privacy.PersonalDataProviders;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;
import fr.integrance.rights.ReceivedRightsRequest;
import fr.integrance.rights.RightsRequestSubmission;
import fr.integrance.rights.RightsRequests;

/**
 * The rights module's provider: its rights requests, exported, and left by an erasure
 * (the register has no rule for the proof of the answer yet).
 */
@IdentityIntegrationTest
class RightsPersonalDataIntegrationTests {

	@Autowired
	RightsRequests rights;

	@Autowired
	PersonalDataProviders providers;

	PersonalDataProvider rightsProvider;

	@BeforeEach
	void provider() {
		rightsProvider = providers.of("rights").orElseThrow();
	}

	static String unique(String name) {
		return name + "-" + UUID.randomUUID() + "@example.fr";
	}

	static String flat(List<ExportSection> sections) {
		return sections.stream().map(s -> s.records().toString()).reduce("", String::concat);
	}

	ReceivedRightsRequest request(String email, String firstName) {
		return rights.receive(new RightsRequestSubmission("access", "all", "Toutes mes données, " + firstName,
				firstName, "Martin", email, null, "fr"));
	}

	@Test
	void rightsRequestsAreExportedAndKeptAsTheProofOfTheAnswer() {
		String email = unique("alice");
		ReceivedRightsRequest mine = request(email, "Alice");
		request(unique("bruno"), "Bruno");

		List<ExportSection> sections = rightsProvider.export(DataSubjectRef.email(email.toUpperCase()));

		assertThat(sections).extracting(ExportSection::category).containsExactly("personal-life", "identification");
		assertThat(sections.get(1).records()).singleElement().satisfies(r -> {
			assertThat(r).containsEntry("reference", mine.reference()).containsEntry("requesterEmail", email);
			assertThat(r).containsEntry("rightId", "access").containsEntry("requesterFirstName", "Alice");
		});
		assertThat(flat(sections)).contains("Toutes mes données, Alice").doesNotContain("Bruno");

		// The request and each step of its history (received, link sent), all kept as the
		// proof of the answer.
		List<ErasureOutcome> outcomes = rightsProvider.eraseOrAnonymise(DataSubjectRef.email(email));
		assertThat(outcomes).allSatisfy(o -> assertThat(o.result()).isEqualTo(ErasureOutcome.Result.DEFERRED));
		assertThat(outcomes).extracting(ErasureOutcome::record)
			.contains("rights_request#" + mine.id().value())
			.filteredOn(record -> !record.startsWith("rights_request_step#"))
			.hasSize(1);
		assertThat(rightsProvider.export(DataSubjectRef.email(email))).isNotEmpty();
		assertThat(rightsProvider.restrict(DataSubjectRef.email(email), RestrictionGround.ACCURACY_CONTESTED))
			.isEqualTo(new RestrictionOutcome("rights", 0));
		assertThat(rightsProvider.export(DataSubjectRef.person(UUID.randomUUID().toString()))).isEmpty();
	}

}
