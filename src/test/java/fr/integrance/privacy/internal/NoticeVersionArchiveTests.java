package fr.integrance.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.privacy.LintWarning;
import fr.integrance.privacy.NoticeVersions;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.RegisterLint;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("integration")
class NoticeVersionArchiveTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NoticeVersions versions;

	@Autowired
	JpaNoticeVersions archive;

	@Autowired
	ProcessingRegister register;

	@Autowired
	RegisterLint lint;

	@Autowired
	JdbcTemplate jdbc;

	private String currentVersion() {
		return register.current().policy().version();
	}

	@Test
	void currentVersionIsStoredAtStartWithItsSnapshotAndHash() {
		var stored = versions.find(currentVersion()).orElseThrow();

		assertThat(stored.publishedOn()).isEqualTo(register.current().policy().published());
		assertThat(stored.register()).isEqualTo(register.current());
		assertThat(stored.contentHash())
			.isEqualTo(RegisterSnapshots.sha256(RegisterSnapshots.toJson(register.current())));
		assertThat(versions.list()).extracting(NoticeVersions.Summary::versionId).contains(currentVersion());
	}

	@Test
	void archivedVersionRendersFromItsSnapshotWithANoticeAndALinkToTheCurrentOne() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/politique-de-confidentialite/versions/{id}", currentVersion()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select("main [role=note]").text()).contains("Version archivée");
		assertThat(page.select("main [role=note] a[href=/politique-de-confidentialite]")).hasSize(1);
		assertThat(page.text()).contains("Traitement des demandes de souscription", "Prospect : 3 ans");
		assertThat(page.select("form[action$=/opposition-statistiques]")).isEmpty();
	}

	@Test
	void versionsPageListsThePublishedVersions() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/politique-de-confidentialite/versions"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select("table caption").text()).isNotBlank();
		assertThat(page.select("a[href=/politique-de-confidentialite/versions/" + currentVersion() + "]")).hasSize(1);
	}

	@Test
	void unknownVersionAnswers404() throws Exception {
		mvc.perform(get("/politique-de-confidentialite/versions/{id}", "1999.9")).andExpect(status().isNotFound());
	}

	@Test
	void sameVersionWithOtherContentIsFlaggedNotOverwritten() {
		String realHash = jdbc.queryForObject("SELECT content_hash FROM privacy_notice_version WHERE version_id = ?",
				String.class, currentVersion());
		jdbc.update("UPDATE privacy_notice_version SET content_hash = ? WHERE version_id = ?", "0".repeat(64),
				currentVersion());
		try {
			assertThat(archive.recordCurrent()).isFalse();

			assertThat(lint.warnings()).filteredOn(w -> w.kind() == LintWarning.Kind.PUBLISHED_VERSION_CHANGED)
				.extracting(LintWarning::subject)
				.contains(currentVersion());
			assertThat(jdbc.queryForObject("SELECT content_hash FROM privacy_notice_version WHERE version_id = ?",
					String.class, currentVersion()))
				.isEqualTo("0".repeat(64));
		}
		finally {
			jdbc.update("UPDATE privacy_notice_version SET content_hash = ? WHERE version_id = ?", realHash,
					currentVersion());
		}
	}

	@Test
	void startupLintFlagsTheSeedsGoogleAnalyticsCookie() {
		assertThat(lint.warnings()).filteredOn(w -> w.kind() == LintWarning.Kind.TRACKER_LIFETIME_OVER_13_MONTHS)
			.extracting(LintWarning::subject)
			.containsExactly("_ga");
	}

}
