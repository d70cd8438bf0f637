package fr.integrance.memberspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.integrance.audit.JournalPage;
import fr.integrance.audit.JournalQuery;
import fr.integrance.audit.JournalRecord;
import fr.integrance.audit.JournalSearch;
import fr.integrance.consent.ConsentManagement;
import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.ConsentState;
import fr.integrance.consent.RequestOrigin;
import fr.integrance.identity.AccountId;
import fr.integrance.identity.AccountManagement;
import fr.integrance.identity.Role;
import fr.integrance.identity.UnknownAccountException;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProviders;
import fr.integrance.privacy.DisclosureHistory;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * What the « my data » page shows a member, read for their own person and account only:
 * the data the mutual holds (the access export of every module, through the privacy SPI)
 * grouped by the register purposes that process them; who opened their file (the audit
 * journal's entries about them by other accounts: the role, never a name); their consents
 * and the withdrawal of one.
 */
@Service
@RequiredArgsConstructor
class MemberDataPage {

	/** Journal entries per page. */
	static final int OPENINGS_PER_PAGE = 20;

	private final PersonalDataProviders providers;

	private final ProcessingRegister register;

	private final JournalSearch journal;

	private final AccountManagement accounts;

	private final ConsentManagement consents;

	private final List<DisclosureHistory> disclosures;

	/** A register purpose that processes some of the member's data. */
	record PurposeView(String id, String label, List<String> legalBases, List<String> retention,
			List<CategoryView> categories) {
	}

	/**
	 * A data category the member has data in, with its records (field → value), module by
	 * module.
	 */
	record CategoryView(String id, String label, List<ExportSection> sections) {

		public int records() {
			return sections.stream().mapToInt(section -> section.records().size()).sum();
		}

	}

	/**
	 * One entry of the journal about the member, by someone else.
	 *
	 * @param role the actor's role (message key suffix), {@code SYSTEM} for a job,
	 * {@code UNKNOWN} for an account that no longer exists
	 * @param action what they did (message key suffix: read, nir, exported, erased,
	 * changed, other)
	 * @param purpose the purpose's label, or {@code null} when none was recorded
	 */
	record OpeningView(Instant at, String role, String action, @Nullable String purpose) {
	}

	/** A consent given or refused, and whether it is in force (then withdrawable). */
	record ConsentView(String purpose, String label, String decision, Instant decidedAt, boolean withdrawable) {
	}

	/** A right the member may exercise here. */
	/**
	 * A disclosure of the member's data to a recipient of the register (Art. 15(1)(c)):
	 * when, to whom, for which purpose, which categories; a requisition's reference when
	 * an authority required it.
	 */
	record DisclosureView(Instant at, String recipient, String purpose, String categories,
			@Nullable String requisition) {
	}

	/** Who received the member's data, newest first, from the disclosure log. */
	List<DisclosureView> disclosures(UUID person, Locale locale) {
		Register current = register.current();
		return disclosures.stream()
			.flatMap(history -> history.of(DataSubjectRef.person(person)).stream())
			.map(d -> new DisclosureView(d.at(),
					current.recipient(d.recipient())
						.map(r -> Register.text(r.label(), r.labelEn(), locale))
						.orElse(d.recipient()),
					current.purpose(d.purpose())
						.map(p -> Register.text(p.label(), p.labelEn(), locale))
						.orElse(d.purpose()),
					d.categories()
						.stream()
						.map(id -> current.dataCategory(id)
							.map(c -> Register.text(c.label(), c.labelEn(), locale))
							.orElse(id))
						.collect(java.util.stream.Collectors.joining(", ")),
					d.requisition()))
			.toList();
	}

	record RightView(String id, String label, String article) {
	}

	/** The member's data grouped by the register purposes that process them. */
	List<PurposeView> purposes(UUID person, AccountId account, Locale locale) {
		Register current = register.current();
		Map<String, List<ExportSection>> byCategory = new LinkedHashMap<>();
		List<ExportSection> sections = new ArrayList<>(providers.export(DataSubjectRef.person(person)));
		sections.addAll(providers.export(DataSubjectRef.account(account.value())));
		for (ExportSection section : sections) {
			if (!section.records().isEmpty()) {
				byCategory.computeIfAbsent(section.category(), c -> new ArrayList<>()).add(section);
			}
		}
		List<PurposeView> purposes = new ArrayList<>();
		for (Register.Purpose purpose : current.purposes()) {
			if (!purpose.dataSubjects().contains("member")) {
				continue;
			}
			List<CategoryView> categories = purpose.dataCategories()
				.stream()
				.filter(byCategory::containsKey)
				.map(id -> new CategoryView(id, categoryLabel(current, id, locale),
						byCategory.getOrDefault(id, List.of())))
				.toList();
			if (categories.isEmpty()) {
				continue;
			}
			purposes.add(new PurposeView(purpose.id(), Register.text(purpose.label(), purpose.labelEn(), locale),
					purpose.legalBases()
						.stream()
						.map(id -> current.legalBasis(id)
							.map(b -> Register.text(b.label(), b.labelEn(), locale))
							.orElse(id))
						.toList(),
					purpose.retention()
						.stream()
						.map(id -> current.retentionRule(id)
							.map(r -> Register.text(r.label(), r.labelEn(), locale))
							.orElse(id))
						.toList(),
					categories));
		}
		return purposes;
	}

	/**
	 * The data of each category once, in the order the purposes first name them (the
	 * purposes link to them).
	 */
	static List<CategoryView> categories(List<PurposeView> purposes) {
		Map<String, CategoryView> unique = new LinkedHashMap<>();
		purposes.forEach(p -> p.categories().forEach(c -> unique.putIfAbsent(c.id(), c)));
		return List.copyOf(unique.values());
	}

	/**
	 * The journal's entries about the person by anyone but the member, newest first, a
	 * page at a time ({@code before}: the keyset of the next page).
	 */
	Openings openings(UUID person, AccountId account, @Nullable Long before, Locale locale) {
		Register current = register.current();
		String own = "ACCOUNT:" + account.value();
		JournalPage page = journal.search(new JournalQuery(DataSubjectRef.person(person).journalRef(), null, null, null,
				null, before, OPENINGS_PER_PAGE));
		Map<String, String> roles = new LinkedHashMap<>();
		List<OpeningView> openings = new ArrayList<>();
		for (JournalRecord entry : page.entries()) {
			if (own.equals(entry.actorRef())) {
				continue;
			}
			String role = roles.computeIfAbsent(entry.actorRef(), ref -> roleOf(entry));
			String purpose = entry.purpose() == null ? null
					: current.purposes()
						.stream()
						.filter(p -> p.id().equals(entry.purpose()))
						.findFirst()
						.map(p -> Register.text(p.label(), p.labelEn(), locale))
						.orElse(null);
			openings.add(new OpeningView(entry.recordedAt(), role, actionKey(entry.action()), purpose));
		}
		return new Openings(openings, page.nextBefore());
	}

	/** The page's wording of a journal action: a few known ones, the rest « other ». */
	static String actionKey(String action) {
		return switch (action) {
			case "person.read" -> "read";
			case "person.nir-revealed" -> "nir";
			case "data.exported" -> "exported";
			case "data.erased" -> "erased";
			default -> action.endsWith("-changed") || action.equals("data.changed") ? "changed" : "other";
		};
	}

	/** A page of openings and the keyset of the next one, or {@code null}. */
	record Openings(List<OpeningView> entries, @Nullable Long nextBefore) {
	}

	private String roleOf(JournalRecord entry) {
		if (!"ACCOUNT".equals(entry.actorKind())) {
			return "SYSTEM";
		}
		String id = Objects.requireNonNullElse(entry.actorId(), "");
		try {
			Role role = accounts.get(new AccountId(UUID.fromString(id))).role();
			return role.name();
		}
		catch (UnknownAccountException | IllegalArgumentException e) {
			return "UNKNOWN";
		}
	}

	/**
	 * Every consent the member answered, under their person, with the decision in force.
	 */
	List<ConsentView> consents(UUID person, Locale locale) {
		Register current = register.current();
		List<ConsentView> views = new ArrayList<>();
		consents.currentState(DataSubjectRef.person(person.toString())).forEach((purpose, state) -> {
			views.add(new ConsentView(purpose, purposeLabel(current, purpose, locale), state.decision().name(),
					state.decidedAt(), state.allows()));
		});
		return views;
	}

	/**
	 * Withdraws the member's consent to that purpose.
	 * @return whether the member had given it (else nothing is recorded and the caller
	 * answers 404)
	 */
	boolean withdraw(UUID person, String purpose, RequestOrigin origin) {
		DataSubjectRef subject = DataSubjectRef.person(person.toString());
		Optional<ConsentState> state = Optional.ofNullable(consents.currentState(subject).get(purpose));
		if (state.isEmpty() || !state.get().allows()) {
			return false;
		}
		consents.withdraw(subject, Set.of(purpose), ConsentMethod.SETTINGS_WITHDRAW, origin);
		return true;
	}

	/** The rights the register opens for the purposes that process the member's data. */
	List<RightView> rights(List<PurposeView> purposes, Locale locale) {
		Register current = register.current();
		Set<String> ids = new LinkedHashSet<>();
		for (PurposeView purpose : purposes) {
			current.purposes()
				.stream()
				.filter(p -> p.id().equals(purpose.id()))
				.flatMap(p -> p.legalBases().stream())
				.flatMap(basis -> current.legalBasis(basis).stream())
				.forEach(basis -> ids.addAll(basis.rights()));
		}
		return current.rights()
			.stream()
			.filter(right -> ids.isEmpty() || ids.contains(right.id()))
			.map(right -> new RightView(right.id(), Register.text(right.label(), right.labelEn(), locale),
					right.article()))
			.toList();
	}

	private static String categoryLabel(Register current, String id, Locale locale) {
		return current.dataCategory(id).map(c -> Register.text(c.label(), c.labelEn(), locale)).orElse(id);
	}

	private static String purposeLabel(Register current, String id, Locale locale) {
		return current.purposes()
			.stream()
			.filter(p -> p.id().equals(id))
			.findFirst()
			.map(p -> Register.text(p.label(), p.labelEn(), locale))
			.orElse(id);
	}

}
