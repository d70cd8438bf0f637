package fr.integrance.employerspace.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.integrance.contracts.GroupContracts;
import fr.integrance.contracts.NewGroupContract;
import fr.integrance.employerspace.AffiliateMovements;
import fr.integrance.employerspace.api.ApiClients;
import fr.integrance.employerspace.api.ApiFixtures;
import fr.integrance.employerspace.api.ApiScopes;
import fr.integrance.employerspace.api.ApiTokens;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationKind;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.WebSession;

/**
 * BENCHMARKS.md « iCollectif: a CSV import of 10,000 rows and 1,000 API enrolments »: a
 * representative uploads a file of 10,000 enrolments, reads the preview and applies it
 * (the pages' own path: multipart upload, file encrypted in the session, then
 * {@code EmployerImports.apply}); then a payroll client enrols 1,000 employees through
 * {@code POST /api/v1/employers/affiliations}, each with its own {@code Idempotency-Key},
 * and replays the 1,000 keys. Not run by the suite (its name does not end in Tests); the
 * rate limit is lifted here (it is per client and would refuse a bulk of 1,000 calls in
 * seconds by design). Command and figures in BENCHMARKS.md.
 */
@IdentityIntegrationTest
@TestPropertySource(properties = { "app.employer-api.rate-limit.capacity=1000000",
		"app.employer-api.rate-limit.refill-per-second=1000000" })
class EmployerBulkBenchmark {

	static final int ROWS = Integer.getInteger("bench.import.rows", 10_000);

	static final int API_CALLS = Integer.getInteger("bench.api.calls", 1_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	GroupContracts groupContracts;

	@Autowired
	AffiliateMovements movements;

	@Autowired
	ApiClients clients;

	/**
	 * Distinct valid NIRs of women born in June 1985 in Paris (department 75, which the
	 * tests never draw): commune and order numbers from a random start, so that runs on
	 * the same database rarely meet.
	 */
	static List<String> nirs(int count) {
		List<String> nirs = new ArrayList<>();
		int start = ThreadLocalRandom.current().nextInt(0, 900_000);
		for (int i = 0; i < count; i++) {
			int n = (start + i) % 998_001;
			String first13 = "28506" + "75" + String.format(Locale.ROOT, "%03d%03d", 1 + n / 999, 1 + n % 999);
			nirs.add(first13 + String.format(Locale.ROOT, "%02d", 97 - Long.parseLong(first13) % 97));
		}
		return nirs;
	}

	@Test
	void importOfTenThousandRowsThenOneThousandApiEnrolments() throws Exception {
		OrganisationId organisation = accounts.organisation(OrganisationKind.EMPLOYER);
		groupContracts.create(new NewGroupContract(organisation.value(), List.of("essentielle", "confort"),
				List.of("cadres", "non-cadres"), ApiFixtures.CONTRACT_START));
		clock.advance(Duration.ofSeconds(30));
		WebSession session = accounts.signIn(new WebSession(mvc),
				accounts.account(Role.EMPLOYER_REPRESENTATIVE, organisation, false));

		StringBuilder csv = new StringBuilder(
				"mouvement;categorie;formule;date_debut;civilite;nom;prenoms;date_naissance;nir;adresse;code_postal;ville\r\n");
		List<String> nirs = nirs(ROWS + API_CALLS);
		for (int i = 0; i < ROWS; i++) {
			csv.append("INSCRIPTION;cadres;confort;01/01/2026;MME;Banc")
				.append(letters(i))
				.append(";Julie;14/06/1985;")
				.append(nirs.get(i))
				.append(";12 rue de la République;69002;Lyon\r\n");
		}
		byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

		long start = System.nanoTime();
		MockHttpServletResponse previewed = session.perform(MockMvcRequestBuilders.multipart("/icollectif/import")
			.file(new MockMultipartFile("file", "mouvements.csv", "text/csv", file))
			.with(csrf()));
		double previewSeconds = (System.nanoTime() - start) / 1e9;
		Document preview = Jsoup.parse(previewed.getContentAsString(StandardCharsets.UTF_8));
		assertThat(preview.select("table tbody tr")).as("no line refused").isEmpty();
		start = System.nanoTime();
		Document result = Jsoup
			.parse(session.post("/icollectif/import/application", "token", preview.select("input[name=token]").val())
				.getContentAsString(StandardCharsets.UTF_8));
		double applySeconds = (System.nanoTime() - start) / 1e9;
		assertThat(result.select("h1").text()).isEqualTo("Résultat de l’import");
		assertThat(movements.counts(organisation.value()).active()).isEqualTo(ROWS);
		System.out.printf(Locale.ROOT,
				"%nBENCH import: %d rows, %d bytes; preview %.1f s; apply %.1f s (%.0f rows/s); total %.1f s%n", ROWS,
				file.length, previewSeconds, applySeconds, ROWS / applySeconds, previewSeconds + applySeconds);

		// The payroll API: 1,000 enrolments, each with its key, then the same 1,000 keys.
		clock.set(java.time.Instant.now().minusSeconds(5));
		UUID apiEmployer = ApiFixtures.employer(groupContracts);
		ApiTokens tokens = new ApiTokens(mvc, clients);
		String token = tokens.token(tokens.client(apiEmployer, ApiScopes.READ, ApiScopes.WRITE));
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < API_CALLS; i++) {
			bodies.add(ApiFixtures.enrolmentJson("Api" + letters(i))
				.replaceFirst("\"nir\":\"\\d{15}\"", "\"nir\":\"" + nirs.get(ROWS + i) + "\""));
		}
		for (String pass : List.of("first calls", "replays")) {
			List<Long> micros = new ArrayList<>();
			start = System.nanoTime();
			for (int i = 0; i < API_CALLS; i++) {
				long one = System.nanoTime();
				MockHttpServletResponse response = mvc
					.perform(MockMvcRequestBuilders.post("/api/v1/employers/affiliations")
						.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
						.header("Idempotency-Key", "bench-" + apiEmployer + "-" + i)
						.contentType("application/json")
						.content(bodies.get(i)))
					.andReturn()
					.getResponse();
				micros.add((System.nanoTime() - one) / 1_000);
				assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			Collections.sort(micros);
			System.out.printf(Locale.ROOT,
					"BENCH api %s: %d calls in %.1f s = %.1f calls/s; p50 %.1f ms, p95 %.1f ms, "
							+ "p99 %.1f ms, max %.1f ms%n",
					pass, API_CALLS, seconds, API_CALLS / seconds, percentile(micros, 50), percentile(micros, 95),
					percentile(micros, 99), micros.get(micros.size() - 1) / 1000.0);
		}
		assertThat(movements.counts(apiEmployer).active()).isEqualTo(API_CALLS);
	}

	static double percentile(List<Long> sortedMicros, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sortedMicros.size()) - 1;
		return sortedMicros.get(Math.max(0, index)) / 1000.0;
	}

	/** A name made of letters only (the names refuse digits). */
	static String letters(int i) {
		StringBuilder out = new StringBuilder();
		int n = i;
		do {
			out.append((char) ('a' + n % 26));
			n /= 26;
		}
		while (n > 0);
		return out.toString();
	}

}
