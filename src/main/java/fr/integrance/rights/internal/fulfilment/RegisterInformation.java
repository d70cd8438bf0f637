package fr.integrance.rights.internal.fulfilment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * The information an access answer owes beside the copy (GDPR Art. 15(1)(a)-(h) and
 * 15(2)), generated from the processing register in force, never written by hand: the
 * purposes and their legal bases, the categories of data, the recipients, the retention
 * periods, the rights (with the complaint to the supervisory authority), the source of
 * data not collected from the person, the transfers and their safeguards, automated
 * decisions. Also which purposes process a data category, to group the copy by purpose.
 */
@Component
@RequiredArgsConstructor
class RegisterInformation {

	private static final String KEY = "rightsanswers.info.";

	private final ProcessingRegister register;

	private final MessageSource messages;

	/** One item (a–h): a heading and its lines. */
	record Item(String letter, String heading, List<String> lines) {
	}

	List<Item> items(Locale locale) {
		Register current = register.current();
		List<Item> items = new ArrayList<>();
		List<String> purposes = new ArrayList<>();
		for (Register.Purpose purpose : current.purposes()) {
			String channel = current.channel(purpose.channel())
				.map(c -> Register.text(c.label(), c.labelEn(), locale))
				.orElse(purpose.channel());
			String bases = purpose.legalBases()
				.stream()
				.map(id -> current.legalBasis(id)
					.map(b -> Register.text(b.label(), b.labelEn(), locale) + " (" + b.article() + ")")
					.orElse(id))
				.collect(Collectors.joining(", "));
			purposes.add(channel + " — " + Register.text(purpose.label(), purpose.labelEn(), locale) + " : "
					+ text(locale, "legalBases", bases));
		}
		items.add(new Item("a", text(locale, "a"), purposes));
		items.add(new Item("b", text(locale, "b"),
				current.dataCategories().stream().map(c -> Register.text(c.label(), c.labelEn(), locale)).toList()));
		items.add(new Item("c", text(locale, "c"), current.recipients().stream().map(r -> {
			String label = Register.text(r.label(), r.labelEn(), locale);
			String description = Register.text(r.description(), r.descriptionEn(), locale);
			return description == null || description.isBlank() ? label : label + " : " + description;
		}).toList()));
		items.add(new Item("d", text(locale, "d"),
				current.retentionRules().stream().map(r -> Register.text(r.label(), r.labelEn(), locale)).toList()));
		List<String> rights = new ArrayList<>();
		for (Register.Right right : current.rights()) {
			rights.add(Register.text(right.label(), right.labelEn(), locale) + " (" + articleWord(locale) + " "
					+ right.article() + ") : " + Register.text(right.description(), right.descriptionEn(), locale));
		}
		rights.add(complaint(locale));
		rights.add(text(locale, "dpo", current.dpo().email(), String.join(", ", current.dpo().address())));
		items.add(new Item("e", text(locale, "e"), rights));
		items.add(new Item("f", text(locale, "f"),
				List.of(text(locale, "source.person"),
						text(locale, "source.employer", channelLabel(current, "icollectif", locale)),
						text(locale, "source.guardian", channelLabel(current, "itutelle", locale)))));
		List<String> transfers = new ArrayList<>();
		if (current.transfers() != null) {
			transfers.add(Register.text(current.transfers().storage(), current.transfers().storageEn(), locale));
			current.transfers()
				.safeguards()
				.forEach(s -> transfers.add(Register.text(s.label(), s.labelEn(), locale) + " (" + articleWord(locale)
						+ " " + s.article() + ")"));
		}
		items.add(new Item("g", text(locale, "g"), transfers));
		items.add(new Item("h", text(locale, "h"), List.of(text(locale, "automated"))));
		return items;
	}

	/** The right to complain to the supervisory authority, with its address and site. */
	String complaint(Locale locale) {
		Register.Authority authority = register.current().authority();
		return text(locale, "complaint", authority.fullName(), authority.name(), String.join(", ", authority.address()),
				authority.complaintSite());
	}

	/** The purposes that process a data category, as their labels. */
	List<String> purposesOf(String category, Locale locale) {
		return register.current()
			.purposes()
			.stream()
			.filter(p -> p.dataCategories().contains(category))
			.map(p -> Register.text(p.label(), p.labelEn(), locale))
			.distinct()
			.toList();
	}

	/** The ids of the purposes that process a data category. */
	List<String> purposeIdsOf(String category) {
		return register.current()
			.purposes()
			.stream()
			.filter(p -> p.dataCategories().contains(category))
			.map(Register.Purpose::id)
			.toList();
	}

	String categoryLabel(String category, Locale locale) {
		return register.current()
			.dataCategory(category)
			.map(c -> Register.text(c.label(), c.labelEn(), locale))
			.orElse(category);
	}

	/**
	 * The data categories that portability covers: those processed by a purpose whose
	 * legal basis opens the right to portability (consent, contract and steps before a
	 * contract, by the register's own mapping).
	 */
	Set<String> portableCategories() {
		Register current = register.current();
		Set<String> opening = current.legalBasesOpening("portability")
			.stream()
			.map(Register.LegalBasis::id)
			.collect(Collectors.toSet());
		Set<String> categories = new LinkedHashSet<>();
		current.purposes()
			.stream()
			.filter(p -> p.legalBases().stream().anyMatch(opening::contains))
			.forEach(p -> categories.addAll(p.dataCategories()));
		return categories;
	}

	private String channelLabel(Register current, String id, Locale locale) {
		return current.channel(id).map(c -> Register.text(c.label(), c.labelEn(), locale)).orElse(id);
	}

	private String articleWord(Locale locale) {
		return text(locale, "article");
	}

	private String text(Locale locale, String key, Object... arguments) {
		return messages.getMessage(KEY + key, arguments, locale);
	}

}
