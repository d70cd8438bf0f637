package fr.integrance.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.integrance.privacy.LintWarning;
import fr.integrance.privacy.Register;

class RegisterLoaderTests {

	private final Register seed = RegisterLoader.load("").register();

	@Test
	void seedRegisterHoldsTheElevenPurposesPerChannel() {
		Map<String, Long> perChannel = seed.purposes()
			.stream()
			.collect(Collectors.groupingBy(Register.Purpose::channel, Collectors.counting()));
		assertThat(perChannel).containsExactlyInAnyOrderEntriesOf(
				// The seed's eleven, plus direct marketing by e-mail (consent-based),
				// which the site does.
				Map.of("website", 4L, "icollectif", 2L, "iadherent", 3L, "itutelle", 3L));
		assertThat(seed.dataCategories()).extracting(Register.DataCategory::id)
			.containsExactly("identification", "connection", "economic-financial", "documents", "personal-life",
					"health");
		assertThat(seed.dataCategory("health").orElseThrow().specialCategory()).isTrue();
		assertThat(seed.purpose("itutelle-adhesion-requests").orElseThrow().specialCategoryConditions())
			.containsExactly("9(2)(h)");
		assertThat(seed.transfers().safeguards()).extracting(Register.TransferSafeguard::id)
			.containsExactly("adequacy-decision", "standard-contractual-clauses", "binding-corporate-rules");
		assertThat(seed.recipients()).extracting(Register.Recipient::id)
			.contains("reinsurers", "delegates-service-providers", "officers-of-court", "administration-aml",
					"legal-authorities");
	}

	@Test
	void seedRegisterDeclaresTheTwelveSeedCookiesAndThePlatformsOwnAsExempt() {
		assertThat(seed.cookies()).extracting(Register.Cookie::name)
			.contains("_fb", "_ga", "_gat_UA-145356388-1", "_gid", "_pk_ref", "pk_id", "_pk_ses", "Axeptio_all_vendors",
					"Axeptio_authorised_vendors", "Axeptio_cookies", "Text-resize", "Lisio");
		assertThat(seed.cookies().stream().filter(Register.Cookie::firstParty))
			.extracting(Register.Cookie::name, Register.Cookie::lifetime, Register.Cookie::consent)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("SESSION", "session", "exempt"),
					org.assertj.core.groups.Tuple.tuple("lang", "P180D", "exempt"),
					org.assertj.core.groups.Tuple.tuple("integrance_consent", "P6M", "exempt"),
					org.assertj.core.groups.Tuple.tuple("integrance_stats_optout", "P13M", "exempt"));
		assertThat(seed.cookies()).filteredOn(Register.Cookie::exempt)
			.allSatisfy(cookie -> assertThat(cookie.exemptReason()).isNotBlank());
	}

	@Test
	void rightsFollowTheLegalBasisAsData() {
		assertThat(seed.legalBasesOpening("portability")).extracting(Register.LegalBasis::dpv)
			.containsExactlyInAnyOrder("Consent", "Contract", "EnterIntoContract");
		assertThat(seed.legalBasesOpening("objection")).extracting(Register.LegalBasis::dpv)
			.containsExactly("LegitimateInterest");
		assertThat(seed.legalBasis("legal-obligation").orElseThrow().rights()).doesNotContain("erasure");
	}

	@Test
	void retentionRulesCarryTriggerDurationAndEndAction() {
		assertThat(seed.retentionRules())
			.extracting(Register.RetentionRule::id, Register.RetentionRule::trigger, Register.RetentionRule::duration)
			.contains(org.assertj.core.groups.Tuple.tuple("prospect-3y", "last-contact", "P3Y"),
					org.assertj.core.groups.Tuple.tuple("member-contract-6y", "contract-end", "P6Y"),
					org.assertj.core.groups.Tuple.tuple("statistics-3m", "collection", "P3M"));
		assertThat(seed.retentionRules()).extracting(Register.RetentionRule::endAction)
			.containsOnly("delete", "anonymise");
	}

	@Test
	void unknownDataCategoryStopsTheLoadNamingFileAndEntry() {
		List<RegisterLoader.Source> sources = RegisterFiles.seedWith("purposes.yml", text -> text.replace(
				"dpv: ServiceUsageAnalytics\n    data_subjects: [visitor]\n    data_categories: [identification]",
				"dpv: ServiceUsageAnalytics\n    data_subjects: [visitor]\n    data_categories: [foo]"));
		LoadedRegister loaded = RegisterLoader.parse(sources);

		assertThat(RegisterValidator.validate(loaded))
			.containsExactly("register/purposes.yml: purpose 'website-statistics' names unknown data category 'foo'");
	}

	@Test
	void specialCategoryDataWithoutAnArticle9ConditionStopsTheLoad() {
		List<RegisterLoader.Source> sources = RegisterFiles.seedWith("purposes.yml",
				text -> text.replace("    special_category_conditions: [\"9(2)(h)\"]\n    retention: [prospect-3y",
						"    retention: [prospect-3y"));

		assertThat(RegisterValidator.validate(RegisterLoader.parse(sources))).containsExactly(
				"register/purposes.yml: purpose 'itutelle-adhesion-requests' processes special-category data [health]"
						+ " (GDPR Art. 9(1)) but names no Art. 9(2) condition in special_category_conditions");
	}

	@Test
	void anArticle9ConditionMustBeOneOfPointsAToJ() {
		List<RegisterLoader.Source> sources = RegisterFiles.seedWith("purposes.yml",
				text -> text.replace("    special_category_conditions: [\"9(2)(h)\"]\n    retention: [prospect-3y",
						"    special_category_conditions: [\"6(1)(b)\"]\n    retention: [prospect-3y"));

		assertThat(RegisterValidator.validate(RegisterLoader.parse(sources)))
			.containsExactly("register/purposes.yml: purpose 'itutelle-adhesion-requests' names '6(1)(b)' as an"
					+ " Art. 9(2) condition; expected one of 9(2)(a) … 9(2)(j)");
	}

	@Test
	void invalidRegisterDirectoryStopsTheLoadWithTheFileNamed(@TempDir Path directory) throws Exception {
		RegisterFiles.writeTo(directory, RegisterFiles.seedWith("cookies.yml",
				text -> text.replace("    purpose: advertising\n", "    purpose: profiling\n")));

		assertThatThrownBy(() -> RegisterLoader.load(directory.toString())).isInstanceOf(InvalidRegisterException.class)
			.hasMessageContaining(
					directory.resolve("cookies.yml") + ": cookie '_fb' names unknown cookie purpose 'profiling'");
	}

	@Test
	void unknownLegalBasisAndRecipientAreBothReported() {
		List<RegisterLoader.Source> sources = RegisterFiles.seedWith("purposes.yml", text -> text
			.replace("legal_bases: [legitimate-interest]", "legal_bases: [whim]")
			.replace(
					"recipients: [delegates-service-providers]\n    transfer_safeguards: [adequacy-decision, standard-contractual-clauses, binding-corporate-rules]\n  # iCollectif",
					"recipients: [data-brokers]\n    transfer_safeguards: [adequacy-decision]\n  # iCollectif"));

		assertThat(RegisterValidator.validate(RegisterLoader.parse(sources))).containsExactly(
				"register/purposes.yml: purpose 'website-statistics' names unknown legal basis 'whim'",
				"register/purposes.yml: purpose 'website-statistics' names unknown recipient 'data-brokers'");
	}

	@Test
	void unknownFieldIsReportedWithItsFileAndPath() {
		List<RegisterLoader.Source> sources = RegisterFiles.seedWith("retention.yml",
				text -> text.replace("end_action: anonymise", "end_action: anonymise\n    colour: blue"));

		assertThatThrownBy(() -> RegisterLoader.parse(sources)).isInstanceOf(InvalidRegisterException.class)
			.hasMessageContaining("register/retention.yml: at 'retention_rules[3]")
			.hasMessageContaining("colour");
	}

	@Test
	void exemptCookieWithoutReasonAndBadDurationAreRejected() {
		List<RegisterLoader.Source> sources = RegisterFiles.seedWith("cookies.yml",
				text -> text.replace("lifetime: P2Y", "lifetime: two years")
					.replace("    consent: exempt\n    exempt_reason: >-\n      Le dépôt",
							"    consent: exempt\n    description_en: >-\n      Le dépôt"));

		assertThat(RegisterValidator.validate(RegisterLoader.parse(sources))).containsExactly(
				"register/cookies.yml: cookie '_ga' has lifetime 'two years', neither 'session' nor an ISO-8601 duration such as P13M",
				"register/cookies.yml: cookie 'Lisio' is exempt from consent but gives no exempt_reason");
	}

	@Test
	void lintFlagsTheSeedsTwoYearGoogleAnalyticsCookie() {
		List<LintWarning> warnings = RegisterLinter.lint(RegisterLoader.load(""));

		assertThat(warnings).filteredOn(w -> w.kind() == LintWarning.Kind.TRACKER_LIFETIME_OVER_13_MONTHS)
			.extracting(LintWarning::subject)
			.containsExactly("_ga");
		assertThat(warnings).extracting(LintWarning::message)
			.contains(
					"register/cookies.yml: cookie '_ga' lives P2Y, longer than the 13 months the CNIL allows for a tracker");
	}

	@Test
	void lintFlagsConsentOnlyRetentionUnusedCategoryAndMissingRetention() {
		List<LintWarning> seedWarnings = RegisterLinter.lint(RegisterLoader.load(""));
		assertThat(seedWarnings).filteredOn(w -> w.kind() == LintWarning.Kind.RETENTION_OUTLIVES_CONSENT)
			.extracting(LintWarning::subject)
			.containsExactly("iadherent-account-creation");
		assertThat(seedWarnings).filteredOn(w -> w.kind() == LintWarning.Kind.UNUSED_DATA_CATEGORY)
			.extracting(LintWarning::subject)
			.containsExactly("connection");

		List<RegisterLoader.Source> sources = RegisterFiles.seedWith("purposes.yml",
				text -> text.replace("retention: [statistics-3m]", "retention: []"));
		assertThat(RegisterLinter.lint(RegisterLoader.parse(sources)))
			.filteredOn(w -> w.kind() == LintWarning.Kind.PURPOSE_WITHOUT_RETENTION)
			.extracting(LintWarning::message)
			.containsExactly("register/purposes.yml: purpose 'website-statistics' has no retention rule");
	}

	@Test
	void sirenKeyIsChecked() {
		assertThat(RegisterValidator.isSiren("340359900")).isTrue();
		assertThat(RegisterValidator.isSiren("340359901")).isFalse();
		assertThat(RegisterValidator.isSiren("34035990")).isFalse();
	}

}
