package fr.integrance.privacy.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.integrance.privacy.Register;
import fr.integrance.privacy.RegisterVocabulary;
import fr.integrance.privacy.Register.Cookie;
import fr.integrance.privacy.Register.Purpose;

/**
 * The checks that stop the start: every reference between entries resolves, ids are
 * unique, and the closed vocabularies (retention triggers, end actions, recipient kinds,
 * consent values, DPV legal bases) are respected. Each problem names the file and the
 * entry.
 */
final class RegisterValidator {

	static final Set<String> RETENTION_TRIGGERS = RegisterVocabulary.RETENTION_TRIGGERS;

	static final Set<String> END_ACTIONS = RegisterVocabulary.END_ACTIONS;

	static final Set<String> RECIPIENT_KINDS = RegisterVocabulary.RECIPIENT_KINDS;

	static final Set<String> DPV_LEGAL_BASES = RegisterVocabulary.DPV_LEGAL_BASES;

	private final LoadedRegister loaded;

	private final Register register;

	private final List<String> problems = new ArrayList<>();

	private RegisterValidator(LoadedRegister loaded) {
		this.loaded = loaded;
		this.register = loaded.register();
	}

	static List<String> validate(LoadedRegister loaded) {
		RegisterValidator validator = new RegisterValidator(loaded);
		validator.run();
		return List.copyOf(validator.problems);
	}

	private void run() {
		checkController();
		Set<String> channels = ids("channels", "channel", register.channels(), Register.Channel::id);
		Set<String> categories = ids("data_categories", "data category", register.dataCategories(),
				Register.DataCategory::id);
		Set<String> subjects = ids("data_subjects", "data subject category", register.dataSubjects(),
				Register.DataSubjectCategory::id);
		Set<String> rights = ids("rights", "right", register.rights(), Register.Right::id);
		Set<String> bases = ids("legal_bases", "legal basis", register.legalBases(), Register.LegalBasis::id);
		Set<String> retention = ids("retention_rules", "retention rule", register.retentionRules(),
				Register.RetentionRule::id);
		Set<String> recipients = ids("recipients", "recipient", register.recipients(), Register.Recipient::id);
		Set<String> safeguards = register.transfers() == null ? Set.of() : ids("transfers", "transfer safeguard",
				register.transfers().safeguards(), Register.TransferSafeguard::id);
		Set<String> cookiePurposes = ids("cookie_purposes", "cookie purpose", register.cookiePurposes(),
				Register.CookiePurpose::id);
		ids("cookies", "cookie", register.cookies(), Cookie::name);

		for (Register.Channel channel : register.channels()) {
			require("channels", "channel '" + channel.id() + "'", "label", channel.label());
			channel.collection()
				.forEach(group -> group.items()
					.forEach(item -> known("channels", "channel '" + channel.id() + "'", "data category",
							item.category(), categories)));
		}
		for (Register.DataCategory category : register.dataCategories()) {
			require("data_categories", "data category '" + category.id() + "'", "label", category.label());
		}
		for (Register.LegalBasis basis : register.legalBases()) {
			String entry = "legal basis '" + basis.id() + "'";
			require("legal_bases", entry, "label", basis.label());
			if (!DPV_LEGAL_BASES.contains(basis.dpv())) {
				problem("legal_bases", entry + " names unknown DPV legal basis '" + basis.dpv() + "' (expected one of "
						+ sorted(DPV_LEGAL_BASES) + ")");
			}
			basis.rights().forEach(right -> known("legal_bases", entry, "right", right, rights));
		}
		for (Register.Right right : register.rights()) {
			require("rights", "right '" + right.id() + "'", "label", right.label());
		}
		for (Register.RetentionRule rule : register.retentionRules()) {
			String entry = "retention rule '" + rule.id() + "'";
			require("retention_rules", entry, "label", rule.label());
			known("retention_rules", entry, "data subject category", rule.dataSubject(), subjects);
			oneOf("retention_rules", entry, "trigger", rule.trigger(), RETENTION_TRIGGERS);
			oneOf("retention_rules", entry, "end action", rule.endAction(), END_ACTIONS);
			if (!IsoDurations.isValid(rule.duration())) {
				problem("retention_rules",
						entry + " has duration '" + rule.duration() + "', not an ISO-8601 duration such as P3Y or P6M");
			}
		}
		for (Register.Recipient recipient : register.recipients()) {
			String entry = "recipient '" + recipient.id() + "'";
			require("recipients", entry, "label", recipient.label());
			oneOf("recipients", entry, "kind", recipient.kind(), RECIPIENT_KINDS);
			if (recipient.categories().isEmpty()) {
				problem("recipients", entry + " lacks categories: the data categories it may receive");
			}
			recipient.categories().forEach(id -> known("recipients", entry, "data category", id, categories));
		}
		for (Purpose purpose : register.purposes()) {
			checkPurpose(purpose, channels, categories, subjects, bases, retention, recipients, safeguards);
		}
		for (Cookie cookie : register.cookies()) {
			checkCookie(cookie, cookiePurposes);
		}
		if (register.security() != null) {
			register.security()
				.channelSpecifics()
				.forEach(specific -> known("security", "security measure", "channel", specific.channel(), channels));
		}
	}

	private void checkController() {
		if (register.controller() == null) {
			problem("controller", "section 'controller' is missing");
		}
		else {
			require("controller", "controller", "name", register.controller().name());
			require("controller", "controller", "legal form", register.controller().legalForm());
			if (!isSiren(register.controller().siren())) {
				problem("controller", "controller has SIREN '" + register.controller().siren()
						+ "', not 9 digits with a valid Luhn key");
			}
			if (register.controller().address().isEmpty()) {
				problem("controller", "controller has no address");
			}
		}
		if (register.dpo() == null || register.dpo().email() == null || !register.dpo().email().contains("@")) {
			problem("dpo", "the DPO needs an e-mail address");
		}
		else if (register.dpo().address().isEmpty()) {
			problem("dpo", "the DPO needs a postal address");
		}
		if (register.authority() == null) {
			problem("authority", "section 'authority' (the supervisory authority) is missing");
		}
		else {
			require("authority", "authority", "name", register.authority().name());
			require("authority", "authority", "complaint site", register.authority().complaintSite());
		}
		if (register.policy() == null) {
			problem("policy", "section 'policy' (version, published, changes) is missing");
		}
		else {
			require("policy", "policy", "version", register.policy().version());
			if (register.policy().published() == null) {
				problem("policy", "policy has no published date");
			}
		}
	}

	private void checkPurpose(Purpose purpose, Set<String> channels, Set<String> categories, Set<String> subjects,
			Set<String> bases, Set<String> retention, Set<String> recipients, Set<String> safeguards) {
		String entry = "purpose '" + purpose.id() + "'";
		require("purposes", entry, "label", purpose.label());
		known("purposes", entry, "channel", purpose.channel(), channels);
		purpose.dataSubjects().forEach(id -> known("purposes", entry, "data subject category", id, subjects));
		purpose.dataCategories().forEach(id -> known("purposes", entry, "data category", id, categories));
		purpose.legalBases().forEach(id -> known("purposes", entry, "legal basis", id, bases));
		purpose.retention().forEach(id -> known("purposes", entry, "retention rule", id, retention));
		purpose.recipients().forEach(id -> known("purposes", entry, "recipient", id, recipients));
		purpose.transferSafeguards().forEach(id -> known("purposes", entry, "transfer safeguard", id, safeguards));
		if (purpose.legalBases().isEmpty()) {
			problem("purposes", entry + " has no legal basis (GDPR Art. 6)");
		}
		if (purpose.dataCategories().isEmpty()) {
			problem("purposes", entry + " names no data category");
		}
		List<String> special = purpose.dataCategories()
			.stream()
			.filter(id -> register.dataCategory(id).map(Register.DataCategory::specialCategory).orElse(false))
			.toList();
		if (!special.isEmpty() && purpose.specialCategoryConditions().isEmpty()) {
			problem("purposes", entry + " processes special-category data " + special
					+ " (GDPR Art. 9(1)) but names no Art. 9(2) condition in special_category_conditions");
		}
		for (String condition : purpose.specialCategoryConditions()) {
			if (!ART_9_2_CONDITION.matcher(condition).matches()) {
				problem("purposes", entry + " names '" + condition
						+ "' as an Art. 9(2) condition; expected one of 9(2)(a) … 9(2)(j)");
			}
		}
		if (special.isEmpty() && !purpose.specialCategoryConditions().isEmpty()) {
			problem("purposes", entry + " names Art. 9(2) conditions but no special-category data");
		}
	}

	/** The conditions of GDPR Art. 9(2), points (a) to (j). */
	private static final java.util.regex.Pattern ART_9_2_CONDITION = java.util.regex.Pattern
		.compile("9\\(2\\)\\([a-j]\\)");

	private void checkCookie(Cookie cookie, Set<String> cookiePurposes) {
		String entry = "cookie '" + cookie.name() + "'";
		require("cookies", entry, "vendor", cookie.vendor());
		known("cookies", entry, "cookie purpose", cookie.purpose(), cookiePurposes);
		oneOf("cookies", entry, "consent", cookie.consent(), Set.of(Cookie.CONSENT_REQUIRED, Cookie.CONSENT_EXEMPT));
		if (cookie.exempt() && (cookie.exemptReason() == null || cookie.exemptReason().isBlank())) {
			problem("cookies", entry + " is exempt from consent but gives no exempt_reason");
		}
		if (!Cookie.SESSION.equals(cookie.lifetime()) && !IsoDurations.isValid(cookie.lifetime())) {
			problem("cookies", entry + " has lifetime '" + cookie.lifetime()
					+ "', neither 'session' nor an ISO-8601 duration such as P13M");
		}
	}

	private <T> Set<String> ids(String section, String kind, Collection<T> entries, Function<T, String> id) {
		Set<String> seen = new HashSet<>();
		for (T entry : entries) {
			String value = id.apply(entry);
			if (value == null || value.isBlank()) {
				problem(section, "a " + kind + " has no id");
			}
			else if (!seen.add(value)) {
				problem(section, kind + " '" + value + "' is declared twice");
			}
		}
		return seen;
	}

	private void known(String section, String entry, String kind, String id, Set<String> known) {
		if (id == null || !known.contains(id)) {
			problem(section, entry + " names unknown " + kind + " '" + id + "'");
		}
	}

	private void oneOf(String section, String entry, String what, String value, Set<String> allowed) {
		if (value == null || !allowed.contains(value)) {
			problem(section,
					entry + " has unknown " + what + " '" + value + "' (expected one of " + sorted(allowed) + ")");
		}
	}

	private void require(String section, String entry, String what, String value) {
		if (value == null || value.isBlank()) {
			problem(section, entry + " has no " + what);
		}
	}

	private void problem(String section, String message) {
		problems.add(loaded.sourceOf(section) + ": " + message);
	}

	private static String sorted(Set<String> values) {
		return values.stream().sorted().collect(Collectors.joining(", "));
	}

	/** 9 digits whose Luhn sum is a multiple of 10 (RULES.md §5). */
	static boolean isSiren(String siren) {
		if (siren == null || !siren.matches("\\d{9}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			int digit = siren.charAt(8 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

}
