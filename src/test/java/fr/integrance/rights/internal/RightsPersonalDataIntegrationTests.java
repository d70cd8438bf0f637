package fr.integrance.rights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;
import fr.integrance.rights.ReceivedRightsRequest;
import fr.integrance.rights.RightsRequestSubmission;
import fr.integrance.rights.RightsRequests;

/**
 * The rights module's provider: its rights requests, exported, and kept on erasure as the
 * proof of the answer.
 */
@IdentityIntegrationTest
class RightsPersonalDataIntegrationTests {

	@Autowired
	RightsRequests rights;

	@Autowired
	RightsPersonalData rightsProvider;

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

		assertThat(sections).extracting(ExportSection::category).containsExactly("identification", "personal-life");
		assertThat(sections.get(0).records()).singleElement().satisfies(r -> {
			assertThat(r).containsEntry("reference", mine.reference()).containsEntry("email", email);
			assertThat(r).containsEntry("right", "access").containsEntry("firstName", "Alice");
		});
		assertThat(flat(sections)).contains("Toutes mes données, Alice").doesNotContain("Bruno");

		assertThat(rightsProvider.eraseOrAnonymise(DataSubjectRef.email(email))).singleElement().satisfies(o -> {
			assertThat(o.result()).isEqualTo(ErasureOutcome.Result.KEPT);
			assertThat(o.rule()).isEqualTo(RightsPersonalData.PROOF);
		});
		assertThat(rightsProvider.export(DataSubjectRef.email(email))).isNotEmpty();
		assertThat(rightsProvider.restrict(DataSubjectRef.email(email), RestrictionGround.ACCURACY_CONTESTED))
			.isEqualTo(new RestrictionOutcome("rights", 0));
		assertThat(rightsProvider.export(DataSubjectRef.person(UUID.randomUUID().toString()))).isEmpty();
	}

}
