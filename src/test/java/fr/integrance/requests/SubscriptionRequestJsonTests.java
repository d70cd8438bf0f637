package fr.integrance.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The stored payload stays readable: payloads written before dependants had a civility
 * read with none.
 */
class SubscriptionRequestJsonTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anOldPayloadWithoutDependantCivilityStillReads() {
		String old = """
				{"subscriber":{"civility":"MONSIEUR","lastName":"Nguyễn","firstName":"Minh","birthName":null,
				"birthDate":"1979-11-03","phone":"+33612345678","email":"minh@example.fr","address":null},
				"situation":{"scheme":"GENERAL","fund":null,"familySituation":"SINGLE"},
				"dependants":[{"relationship":"CHILD","lastName":"Nguyễn","firstName":"Tâm","birthDate":"2020-02-29"}],
				"planCode":"essentielle","marketingConsent":false,"noticeVersion":"2026.1","attachmentIds":[],
				"language":"fr"}
				""";

		SubscriptionRequest request = json.readValue(old, SubscriptionRequest.class);

		assertThat(request.dependants()).singleElement().satisfies(dependant -> {
			assertThat(dependant.firstName()).isEqualTo("Tâm");
			assertThat(dependant.birthDate()).isEqualTo(LocalDate.of(2020, 2, 29));
			assertThat(dependant.civility()).isNull();
		});
	}

	@Test
	void aDependantsCivilityRoundTrips() {
		SubscriptionRequest request = CaseFixtures
			.withCivilities(RequestIntakeTests.subscription("a@example.fr", java.util.List.of()));

		SubscriptionRequest read = json.readValue(json.writeValueAsString(request), SubscriptionRequest.class);

		assertThat(read.dependants()).extracting(SubscriptionRequest.Dependant::civility)
			.containsExactly(Civility.MADAME, Civility.MONSIEUR);
	}

}
