package fr.integrance.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.platform.DemoIds;
import fr.integrance.requests.TestFiles;
import fr.integrance.testsupport.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BENCHMARKS.md « Document space »: a member's space holding 1,000 documents, listed by
 * the service and as the member's page (20 a page, every sort, a title search, the last
 * page), one request at a time; prints p50 / p95 / max per case. A measurement, not a
 * test: it asserts nothing about time and runs only when asked:
 * {@code ./mvnw -q test -Dtest=DocumentListingBenchmark -Dbenchmark=documents -Djacoco.skip=true}
 * (add {@code -Ppostgres} with the DATABASE_* variables for PostgreSQL).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "app.demo-data.enabled=true", "app.documents.space-quota-bytes=1GB" })
@EnabledIfSystemProperty(named = "benchmark", matches = "documents")
class DocumentListingBenchmark {

	private static final Logger log = LoggerFactory.getLogger(DocumentListingBenchmark.class);

	static final int DOCUMENTS = 1_000;

	static final int ROUNDS = 300;

	@Autowired
	DocumentSpaces spaces;

	@Autowired
	MockMvc mvc;

	@Test
	void listingASpaceOfAThousandDocuments() {
		SpaceOwner owner = SpaceOwner.person(DemoIds.CAMILLE_MARTIN_PERSON);
		SpaceId space = spaces.spaceOf(owner).id();
		DocumentActor me = new DocumentActor(DocumentActor.Kind.OWNER, UUID.randomUUID(),
				DemoIds.CAMILLE_MARTIN_PERSON);
		byte[] pdf = TestFiles.pdf();
		FolderId folder = spaces.createFolder(space, null, "Factures " + UUID.randomUUID(), me);
		long seeding = System.nanoTime();
		for (int i = spaces.spaceOf(owner).documentCount(); i < DOCUMENTS; i++) {
			try {
				spaces.upload(space,
						new NewDocument(i % 3 == 0 ? folder : null,
								(i % 2 == 0 ? "Facture pharmacie " : "Attestation de droits ") + i, null,
								"piece-" + i + ".pdf", pdf, null, null),
						me);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		log.info(String.format("seeded %d documents in %.1f s", spaces.spaceOf(owner).documentCount(),
				(System.nanoTime() - seeding) / 1e9));
		assertThat(spaces.spaceOf(owner).documentCount()).isGreaterThanOrEqualTo(DOCUMENTS);

		int lastPage = (DOCUMENTS - 1) / 20;
		measure("service, newest first, page 1", n -> spaces.documents(space, null, null, DocumentSort.NEWEST, 0, 20));
		measure("service, by title, last page",
				n -> spaces.documents(space, null, null, DocumentSort.TITLE, lastPage, 20));
		measure("service, search « facture »",
				n -> spaces.documents(space, null, "facture", DocumentSort.NEWEST, 0, 20));
		measure("service, one folder", n -> spaces.documents(space, folder, null, DocumentSort.NEWEST, 0, 20));

		WebSession member = new WebSession(mvc);
		member.get("/connexion");
		member.post("/connexion", "identifiant", "adherent@demo.integrance.fr", "motDePasse", "Demo-Integrance-2026");
		assertThat(member.get("/iadherent/documents").getStatus()).isEqualTo(200);
		measure("page /iadherent/documents", n -> ok(member.get("/iadherent/documents")));
		measure("page, search and sort by title", n -> ok(member.get("/iadherent/documents?q=facture&tri=titre")));
		measure("page, page 25", n -> ok(member.get("/iadherent/documents?page=25")));
	}

	private static void ok(MockHttpServletResponse response) {
		if (response.getStatus() != 200) {
			throw new IllegalStateException("status " + response.getStatus());
		}
	}

	private static void measure(String label, IntConsumer call) {
		for (int i = 0; i < 50; i++) {
			call.accept(i);
		}
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < ROUNDS; i++) {
			long start = System.nanoTime();
			call.accept(i);
			times.add(System.nanoTime() - start);
		}
		long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
		log.info(String.format("%-40s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d calls)", label,
				sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
				sorted[sorted.length - 1] / 1e6, sorted.length));
		assertThat(Arrays.stream(sorted).sum()).isPositive();
	}

}
