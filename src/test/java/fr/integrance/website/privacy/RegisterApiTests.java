package fr.integrance.website.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import jakarta.json.JsonArray;

/** The public register exports, fetched anonymously. */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("integration")
class RegisterApiTests {

	@Autowired
	MockMvc mvc;

	private String body(String path, String contentType) throws Exception {
		return mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(contentType))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private Schema schema() throws Exception {
		return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
			.getSchema(body("/api/v1/register/schema", "application/schema+json"), InputFormat.JSON);
	}

	@Test
	void registerJsonValidatesAgainstItsSchema() throws Exception {
		String json = body("/api/v1/register", "application/json");

		assertThat(schema().validate(json, InputFormat.JSON)).isEmpty();
		assertThat(json).contains("\"purposes\"", "\"website-statistics\"", "\"P3Y\"", "\"_ga\"");
	}

	@Test
	void schemaRejectsARegisterThatBreaksIt() throws Exception {
		String json = body("/api/v1/register", "application/json")
			.replace("\"trigger\":\"contract-end\"", "\"trigger\":\"whenever\"")
			.replace("\"firstParty\":true", "\"firstParty\":\"yes\"");

		assertThat(schema().validate(json, InputFormat.JSON)).isNotEmpty();
	}

	@Test
	void dpvJsonLdExpandsToDpvIrisForPurposesAndLegalBases() throws Exception {
		String jsonLd = body("/api/v1/register/dpv.jsonld", "application/ld+json");

		JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(jsonLd))).get();
		String triples = expanded.toString();

		assertThat(expanded).isNotEmpty();
		assertThat(triples).contains("https://w3id.org/dpv#PersonalDataHandling", "https://w3id.org/dpv#hasPurpose",
				"https://w3id.org/dpv#Purpose", "https://w3id.org/dpv#ServiceUsageAnalytics",
				"https://w3id.org/dpv#hasLegalBasis", "https://w3id.org/dpv#Consent", "https://w3id.org/dpv#Contract",
				"https://w3id.org/dpv#EnterIntoContract", "https://w3id.org/dpv#LegitimateInterest",
				"https://w3id.org/dpv#hasPersonalData", "https://w3id.org/dpv#hasRecipient",
				"https://w3id.org/dpv#StorageDuration", "https://w3id.org/dpv#hasDuration",
				"https://w3id.org/dpv#DataController", "https://w3id.org/dpv/legal/eu/gdpr#A20");
		assertThat(triples).contains("/api/v1/register#processing-website-statistics");
	}

	@Test
	void art30CsvHasAHeaderAndOneRowPerProcessingActivity() throws Exception {
		String csv = mvc.perform(get("/api/v1/register/art30.csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		List<List<String>> rows = CsvTests.parse(csv);
		assertThat(rows.get(0)).isEqualTo(RegisterExports.ART30_HEADER);
		assertThat(rows).hasSize(13).allSatisfy(row -> assertThat(row).hasSize(RegisterExports.ART30_HEADER.size()));
		List<String> statistics = rows.stream()
			.filter(r -> r.get(1).equals("website-statistics"))
			.findFirst()
			.orElseThrow();
		assertThat(statistics.get(2)).isEqualTo("Traitement statistique");
		assertThat(statistics.get(5)).isEqualTo("51 rue Paul Meurice, CS 51111, 75970 Paris Cedex 20");
		assertThat(statistics.get(6)).isEqualTo("dpo@integrance.fr");
		assertThat(statistics.get(8)).isEqualTo("Visiteurs du site");
		assertThat(statistics.get(10)).isEqualTo("Intérêt légitime (RGPD art. 6(1)(f))");
		assertThat(statistics.get(13)).isEqualTo("3 mois [P3M from collection, then anonymise]");
		assertThat(statistics.get(14)).contains("Copies de sauvegarde");
	}

}
