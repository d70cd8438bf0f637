package fr.integrance.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.integrance.consent.ConsentManagement;
import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.ConsentPurposes;
import fr.integrance.consent.Decision;
import fr.integrance.consent.MarketingUnsubscribeLinks;
import fr.integrance.consent.RequestOrigin;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProvider;
import fr.integrance.privacy.PersonalDataProviders;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;

/**
 * The consent module's provider: the proof exported, kept on erasure with its reason,
 * untouched by restriction.
 */
@IdentityIntegrationTest
class ConsentPersonalDataIntegrationTests {

	@Autowired
	PersonalDataProviders providers;

	PersonalDataProvider provider;

	@Autowired
	ConsentManagement consents;

	@Autowired
	MarketingUnsubscribeLinks links;

	@BeforeEach
	void provider() {
		provider = providers.of("consent").orElseThrow();
	}

	static String flat(List<ExportSection> sections) {
		return sections.stream().map(s -> s.records().toString()).reduce("", String::concat);
	}

	String personWhoConsented(String userAgent) {
		String person = UUID.randomUUID().toString();
		consents.record(DataSubjectRef.person(person), Map.of(ConsentPurposes.MARKETING, Decision.GIVEN),
				ConsentMethod.FORM, new RequestOrigin("203.0.113.7", userAgent));
		consents.withdraw(DataSubjectRef.person(person), List.of(ConsentPurposes.MARKETING),
				ConsentMethod.UNSUBSCRIBE_LINK, RequestOrigin.NONE);
		return person;
	}

	@Test
	void exportGivesTheProofOfThePersonOnly() {
		String person = personWhoConsented("Navigateur de Camille");
		String other = personWhoConsented("Navigateur de Dominique");

		List<ExportSection> sections = provider.export(DataSubjectRef.person(person));

		assertThat(sections).extracting(ExportSection::category).containsExactly("identification", "connection");
		assertThat(sections.get(0).records()).extracting(r -> r.get("decision")).containsExactly("GIVEN", "WITHDRAWN");
		assertThat(sections.get(0).records()).allSatisfy(r -> assertThat(r).containsEntry("purposeId", "marketing"));
		assertThat(sections.get(1).records()).singleElement()
			.satisfies(r -> assertThat(r).containsEntry("userAgent", "Navigateur de Camille"));
		assertThat(flat(sections)).doesNotContain(other).doesNotContain("Dominique");
		assertThat(provider.export(DataSubjectRef.visitor(UUID.randomUUID().toString()))).isEmpty();
		assertThat(provider.export(DataSubjectRef.visitor("not-a-uuid"))).isEmpty();
	}

	@Test
	void eraseKeepsEveryRecordAsProofAndRestrictionChangesNothing() {
		String person = personWhoConsented("Navigateur");
		DataSubjectRef subject = DataSubjectRef.person(person);

		List<ErasureOutcome> outcomes = provider.eraseOrAnonymise(subject);

		assertThat(outcomes).hasSize(2).allSatisfy(o -> {
			assertThat(o.result()).isEqualTo(ErasureOutcome.Result.KEPT);
			assertThat(o.rule()).isEqualTo("marketing-consent");
			assertThat(o.record()).startsWith("consent_record#");
		});
		assertThat(provider.export(subject)).isNotEmpty();
		assertThat(provider.restrict(subject, RestrictionGround.ACCURACY_CONTESTED))
			.isEqualTo(new RestrictionOutcome("consent", 0));
		assertThat(provider.liftRestriction(subject)).isEqualTo(new RestrictionOutcome("consent", 0));
	}

	@Test
	void aCookieChoiceIsKeptUnderTheRuleThatEndsWithConsentAndAnUnsubscribeLinkUnderMarketings() {
		DataSubjectRef visitor = DataSubjectRef.visitor(UUID.randomUUID());
		consents.record(visitor, Map.of("audience-measurement", Decision.GIVEN), ConsentMethod.BANNER_ACCEPT_ALL,
				RequestOrigin.NONE);
		DataSubjectRef person = DataSubjectRef.person(personWhoConsented("Navigateur"));
		links.linkFor(person);

		assertThat(provider.eraseOrAnonymise(visitor)).singleElement()
			.satisfies(o -> assertThat(o.rule()).isEqualTo("marketing-consent"));
		assertThat(provider.eraseOrAnonymise(person))
			.filteredOn(o -> o.record().startsWith("marketing_unsubscribe_token#"))
			.singleElement()
			.satisfies(o -> {
				assertThat(o.result()).isEqualTo(ErasureOutcome.Result.KEPT);
				assertThat(o.rule()).isEqualTo("marketing-consent");
			});
	}

	@Test
	void someoneKnownByAnAddressFindsTheirChoicesUnderItsDigest() {
		String address = "prospect-" + UUID.randomUUID() + "@example.fr";
		consents.record(DataSubjectRef.email(address), Map.of(ConsentPurposes.MARKETING, Decision.GIVEN),
				ConsentMethod.FORM, RequestOrigin.NONE);

		List<ExportSection> sections = provider.export(DataSubjectRef.email(address.toUpperCase()));

		assertThat(sections).singleElement()
			.satisfies(section -> assertThat(section.records()).singleElement()
				.satisfies(record -> assertThat(record).containsEntry("purposeId", "marketing")
					.containsEntry("subjectRef", DataSubjectRef.email(address).journalRef())));
		assertThat(flat(sections)).doesNotContain(address);
	}

}
