package fr.integrance.datagen.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import fr.integrance.IntegrationTest;
import fr.integrance.employerspace.AffiliateMovements;
import fr.integrance.employerspace.AffiliatePage;
import fr.integrance.employerspace.AffiliateQuery;
import fr.integrance.employerspace.AffiliateSort;
import fr.integrance.employerspace.AffiliateState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BENCHMARKS.md « iCollectif: the affiliates list of an employer with 10,000 affiliates
 * »: generates one employer with 10,000 affiliates ({@link GenerationPlan}'s
 * {@code largeEmployerAffiliates}, {@code --app.datagen.large-employer-affiliates}), then
 * times {@link AffiliateMovements#search} — the one SQL query behind
 * {@code /icollectif/salaries} — for the first page, a page deep in the list, a name
 * prefix, a state filter sorted by birth date, and an exact NIR. Not run by the suite
 * (its name does not end in Tests):
 * {@code ./mvnw -o test -Dtest=LargeEmployerAffiliatesBenchmark -Djacoco.skip=true}.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.profiles.include=" + DataGenerator.PROFILE)
class LargeEmployerAffiliatesBenchmark {

	static final int AFFILIATES = 10_000;

	static final int WARM_UP = 30;

	static final int RUNS = 200;

	@Autowired
	DataGenerator generator;

	@Autowired
	AffiliateMovements movements;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void affiliatesListOfAnEmployerWithTenThousandAffiliates() {
		long start = System.nanoTime();
		generator.generate(new GenerationPlan(10, 0, 20261205L, AFFILIATES));
		System.out.printf("generated in %d s%n", (System.nanoTime() - start) / 1_000_000_000);
		UUID organisation = jdbc.queryForObject("SELECT g.employer_organisation_id FROM contract_group g"
				+ " JOIN contract_affiliation a ON a.group_contract_id = g.id GROUP BY g.employer_organisation_id"
				+ " ORDER BY COUNT(*) DESC LIMIT 1", UUID.class);
		assertThat(movements.search(organisation, AffiliateQuery.all(25)).total()).isGreaterThanOrEqualTo(AFFILIATES);
		String someName = movements.search(organisation, AffiliateQuery.all(25)).rows().get(0).lastName();

		Map<String, Supplier<AffiliatePage>> cases = new LinkedHashMap<>();
		cases.put("first page by name", () -> movements.search(organisation, AffiliateQuery.all(25)));
		cases.put("page 300 of 400 by name", () -> movements.search(organisation,
				new AffiliateQuery(null, null, null, null, null, AffiliateSort.NAME, false, 299, 25)));
		cases.put("name prefix", () -> movements.search(organisation, new AffiliateQuery(someName.substring(0, 3), null,
				null, null, null, AffiliateSort.NAME, false, 0, 25)));
		cases.put("state ACTIVE + category, by birth date desc",
				() -> movements.search(organisation, new AffiliateQuery(null, null, null, AffiliateState.ACTIVE,
						"Cadres", AffiliateSort.BIRTH_DATE, true, 3, 25)));
		cases.put("exact NIR (blind index)", () -> movements.search(organisation,
				new AffiliateQuery(null, null, "1 85 06 69 123 456 78", null, null, AffiliateSort.NAME, false, 0, 25)));
		System.out.println("| query | p50 ms | p95 ms | max ms |");
		System.out.println("|---|---|---|---|");
		for (Map.Entry<String, Supplier<AffiliatePage>> entry : cases.entrySet()) {
			for (int i = 0; i < WARM_UP; i++) {
				entry.getValue().get();
			}
			List<Long> micros = new ArrayList<>();
			for (int i = 0; i < RUNS; i++) {
				long t = System.nanoTime();
				entry.getValue().get();
				micros.add((System.nanoTime() - t) / 1_000);
			}
			Collections.sort(micros);
			System.out.printf("| %s | %.1f | %.1f | %.1f |%n", entry.getKey(), micros.get(RUNS / 2) / 1000.0,
					micros.get(RUNS * 95 / 100) / 1000.0, micros.get(RUNS - 1) / 1000.0);
		}
	}

}
