package fr.integrance.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The processing register (GDPR Art. 30) as loaded from {@code register/*.yml}: who the
 * controller is, every processing activity (purpose) per channel with what it collects,
 * on which legal basis, for how long and for whom, the cookies, and which rights each
 * legal basis opens. Immutable; the same record is served as JSON, stored as the snapshot
 * of a published notice version and rendered as the notice. Texts a data subject reads
 * are French, with an optional English variant ({@code labelEn}, …) picked by
 * {@link #text(String, String, Locale)}.
 */
public record Register(Controller controller, Dpo dpo, Authority authority, Policy policy, Security security,
		List<Channel> channels, List<Purpose> purposes, List<DataCategory> dataCategories,
		List<DataSubjectCategory> dataSubjects, List<LegalBasis> legalBases, List<Right> rights,
		List<RetentionRule> retentionRules, List<Recipient> recipients, Transfers transfers,
		List<CookiePurpose> cookiePurposes, List<Cookie> cookies) {

	public Register {
		channels = orEmpty(channels);
		purposes = orEmpty(purposes);
		dataCategories = orEmpty(dataCategories);
		dataSubjects = orEmpty(dataSubjects);
		legalBases = orEmpty(legalBases);
		rights = orEmpty(rights);
		retentionRules = orEmpty(retentionRules);
		recipients = orEmpty(recipients);
		cookiePurposes = orEmpty(cookiePurposes);
		cookies = orEmpty(cookies);
	}

	/**
	 * The English text when the locale is English and one is given, else the French one.
	 */
	public static String text(String french, String english, Locale locale) {
		if (locale != null && "en".equals(locale.getLanguage()) && english != null && !english.isBlank()) {
			return english;
		}
		return french;
	}

	public Optional<DataCategory> dataCategory(String id) {
		return dataCategories.stream().filter(c -> c.id().equals(id)).findFirst();
	}

	public Optional<DataSubjectCategory> dataSubject(String id) {
		return dataSubjects.stream().filter(s -> s.id().equals(id)).findFirst();
	}

	public Optional<LegalBasis> legalBasis(String id) {
		return legalBases.stream().filter(b -> b.id().equals(id)).findFirst();
	}

	public Optional<Right> right(String id) {
		return rights.stream().filter(r -> r.id().equals(id)).findFirst();
	}

	public Optional<Purpose> purpose(String id) {
		return purposes.stream().filter(p -> p.id().equals(id)).findFirst();
	}

	public Optional<RetentionRule> retentionRule(String id) {
		return retentionRules.stream().filter(r -> r.id().equals(id)).findFirst();
	}

	public Optional<Recipient> recipient(String id) {
		return recipients.stream().filter(r -> r.id().equals(id)).findFirst();
	}

	public Optional<Channel> channel(String id) {
		return channels.stream().filter(c -> c.id().equals(id)).findFirst();
	}

	public Optional<CookiePurpose> cookiePurpose(String id) {
		return cookiePurposes.stream().filter(p -> p.id().equals(id)).findFirst();
	}

	public Optional<TransferSafeguard> transferSafeguard(String id) {
		return transfers == null ? Optional.empty()
				: transfers.safeguards().stream().filter(s -> s.id().equals(id)).findFirst();
	}

	/** The purposes of one channel, in register order. */
	public List<Purpose> purposesOf(String channelId) {
		return purposes.stream().filter(p -> channelId.equals(p.channel())).toList();
	}

	/**
	 * The legal bases that open a right (the DPV legal-basis/rights mapping, read from
	 * the data).
	 */
	public List<LegalBasis> legalBasesOpening(String rightId) {
		return legalBases.stream().filter(b -> b.rights().contains(rightId)).toList();
	}

	static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}

	/** The controller (Art. 13(1)(a)); {@code siren} as 9 digits. */
	public record Controller(String name, String legalForm, String legalFormEn, String siren, List<String> address,
			String website) {

		public Controller {
			address = orEmpty(address);
		}

		/** SIREN as printed: {@code 340 359 900}. */
		public String sirenFormatted() {
			if (siren == null || siren.length() != 9) {
				return siren;
			}
			return siren.substring(0, 3) + " " + siren.substring(3, 6) + " " + siren.substring(6);
		}
	}

	public record Dpo(String title, String titleEn, String email, List<String> address) {

		public Dpo {
			address = orEmpty(address);
		}
	}

	/** The supervisory authority a person may complain to (Art. 13(2)(d)). */
	public record Authority(String name, String fullName, String complaintSite, List<String> address) {

		public Authority {
			address = orEmpty(address);
		}
	}

	/**
	 * The published version of the notice; a new version id for every change of content.
	 */
	public record Policy(String version, LocalDate published, List<Change> changes) {

		public Policy {
			changes = orEmpty(changes);
		}
	}

	public record Change(String version, LocalDate date, String summary, String summaryEn) {
	}

	/** Technical and organisational measures (Art. 30(1)(g), Art. 32). */
	public record Security(List<Text> measures, List<ChannelText> channelSpecifics) {

		public Security {
			measures = orEmpty(measures);
			channelSpecifics = orEmpty(channelSpecifics);
		}
	}

	public record Text(String text, String textEn) {
	}

	public record ChannelText(String channel, String text, String textEn) {
	}

	/**
	 * A way in (public site or an extranet) and what it collects, as the notice tells it
	 * (§3).
	 */
	public record Channel(String id, String label, String labelEn, List<CollectionGroup> collection) {

		public Channel {
			collection = orEmpty(collection);
		}
	}

	public record CollectionGroup(String intro, String introEn, List<CollectedItem> items) {

		public CollectionGroup {
			items = orEmpty(items);
		}
	}

	public record CollectedItem(String category, String details, String detailsEn) {
	}

	/**
	 * A processing activity: one purpose of one channel, with everything Art. 30 asks
	 * about it.
	 */
	public record Purpose(String id, String channel, String label, String labelEn, String description,
			String descriptionEn, String dpv, List<String> dataSubjects, List<String> dataCategories,
			List<String> legalBases, List<String> retention, List<String> recipients, List<String> transferSafeguards,
			List<String> specialCategoryConditions) {

		public Purpose {
			specialCategoryConditions = orEmpty(specialCategoryConditions);
			dataSubjects = orEmpty(dataSubjects);
			dataCategories = orEmpty(dataCategories);
			legalBases = orEmpty(legalBases);
			retention = orEmpty(retention);
			recipients = orEmpty(recipients);
			transferSafeguards = orEmpty(transferSafeguards);
		}

		/** A purpose processing no special-category data (no Art. 9(2) condition). */
		public Purpose(String id, String channel, String label, String labelEn, String description,
				String descriptionEn, String dpv, List<String> dataSubjects, List<String> dataCategories,
				List<String> legalBases, List<String> retention, List<String> recipients,
				List<String> transferSafeguards) {
			this(id, channel, label, labelEn, description, descriptionEn, dpv, dataSubjects, dataCategories, legalBases,
					retention, recipients, transferSafeguards, List.of());
		}
	}

	/**
	 * A data category; its id is what {@code @PersonalData(category = …)} names.
	 * {@code specialCategory} marks the special categories of GDPR Art. 9(1) (health…): a
	 * purpose that processes one must name the Art. 9(2) conditions it rests on
	 * ({@link Purpose#specialCategoryConditions()}), or the register does not load.
	 */
	public record DataCategory(String id, String label, String labelEn, String dpv, List<String> fields,
			boolean specialCategory) {

		public DataCategory {
			fields = orEmpty(fields);
		}

		/** An ordinary (not Art. 9) data category. */
		public DataCategory(String id, String label, String labelEn, String dpv, List<String> fields) {
			this(id, label, labelEn, dpv, fields, false);
		}
	}

	public record DataSubjectCategory(String id, String label, String labelEn, String dpv) {
	}

	/**
	 * A legal basis (Art. 6) and the rights it opens; {@code dpv} is the DPV term, e.g.
	 * {@code Consent}.
	 */
	public record LegalBasis(String id, String label, String labelEn, String article, String dpv, List<String> rights) {

		public LegalBasis {
			rights = orEmpty(rights);
		}

		/**
		 * True for consent (DPV {@code Consent}): the data may be kept only while the
		 * consent stands.
		 */
		public boolean consentBased() {
			return "Consent".equals(dpv);
		}
	}

	/**
	 * A data-subject right; {@code gdpr} is the DPV GDPR-extension term, e.g.
	 * {@code A15}.
	 */
	public record Right(String id, String article, String gdpr, String label, String labelEn, String description,
			String descriptionEn, List<Text> cases) {

		public Right {
			cases = orEmpty(cases);
		}
	}

	/**
	 * How long data are kept: from {@code trigger} (e.g. {@code contract-end}) for
	 * {@code duration} (ISO-8601, e.g. {@code P6Y}), then {@code endAction}
	 * ({@code delete} or {@code anonymise}).
	 */
	public record RetentionRule(String id, String label, String labelEn, String dataSubject, String trigger,
			String duration, String endAction) {
	}

	/**
	 * A category of recipients (Art. 30(1)(d)); kind is {@code processor},
	 * {@code third-party} or {@code authority}; {@code categories} are the data
	 * categories it may ever receive (data minimisation: a disclosure to it takes nothing
	 * else).
	 */
	public record Recipient(String id, String label, String labelEn, String description, String descriptionEn,
			String kind, List<String> categories) {

		public Recipient {
			categories = orEmpty(categories);
		}

	}

	/**
	 * The data categories that may go to {@code recipient} for {@code purpose}: those the
	 * purpose processes and the recipient may receive, when the purpose names the
	 * recipient; empty otherwise (nothing may go).
	 */
	public java.util.Set<String> disclosable(String recipient, String purpose) {
		Optional<Recipient> to = recipient(recipient);
		Optional<Purpose> of = purpose(purpose);
		if (to.isEmpty() || of.isEmpty() || !of.get().recipients().contains(recipient)) {
			return java.util.Set.of();
		}
		java.util.Set<String> categories = new java.util.LinkedHashSet<>(of.get().dataCategories());
		categories.retainAll(to.get().categories());
		return java.util.Collections.unmodifiableSet(categories);
	}

	/**
	 * Where data are kept and the safeguards that frame any transfer outside the EEA
	 * (Art. 44-49).
	 */
	public record Transfers(String storage, String storageEn, List<TransferSafeguard> safeguards) {

		public Transfers {
			safeguards = orEmpty(safeguards);
		}
	}

	public record TransferSafeguard(String id, String label, String labelEn, String article, String gdpr) {
	}

	public record CookiePurpose(String id, String label, String labelEn, String description, String descriptionEn) {
	}

	/**
	 * A cookie or tracker. {@code lifetime} is an ISO-8601 duration or {@code session};
	 * {@code consent} is {@code required} or {@code exempt} (then {@code exemptReason}
	 * says why).
	 */
	public record Cookie(String name, String vendor, boolean firstParty, String purpose, String description,
			String descriptionEn, String lifetime, String lifetimeLabel, String consent, String exemptReason,
			String exemptReasonEn) {

		public static final String CONSENT_REQUIRED = "required";

		public static final String CONSENT_EXEMPT = "exempt";

		public static final String SESSION = "session";

		public boolean exempt() {
			return CONSENT_EXEMPT.equals(consent);
		}
	}
}
