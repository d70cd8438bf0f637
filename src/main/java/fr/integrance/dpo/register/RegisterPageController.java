package fr.integrance.dpo.register;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.integrance.privacy.LintWarning;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.privacy.RegisterLint;

/**
 * The register in force as the DPO reads it ({@code /dpo/registre}): the controller and
 * the DPO, each processing activity per channel (an anchor per purpose) with its legal
 * bases, data categories, retention rules, recipients and transfer safeguards, the
 * cookies, the rights, the notice version, and the lint findings that were only in the
 * start-up log. Ids are resolved to labels here so that the page is plain lists.
 */
@Controller
@RequiredArgsConstructor
class RegisterPageController {

	static final String VIEW = "dpo/register/register";

	private final ProcessingRegister register;

	private final RegisterLint lint;

	private final MessageSource messages;

	@ModelAttribute("audience")
	String audience() {
		return "dpo";
	}

	@GetMapping("/dpo/registre")
	String register(Model model, Locale locale) {
		Register current = register.current();
		model.addAttribute("register", current);
		model.addAttribute("channels",
				current.channels()
					.stream()
					.map(channel -> new ChannelView(channel.id(), text(channel.label(), channel.labelEn(), locale),
							current.purposesOf(channel.id()).stream().map(p -> purpose(current, p, locale)).toList()))
					.filter(channel -> !channel.purposes().isEmpty())
					.toList());
		List<Register.Purpose> unchannelled = current.purposes()
			.stream()
			.filter(p -> p.channel() == null || current.channel(p.channel()).isEmpty())
			.toList();
		model.addAttribute("otherPurposes", unchannelled.stream().map(p -> purpose(current, p, locale)).toList());
		model.addAttribute("cookies", current.cookies()
			.stream()
			.map(cookie -> new CookieView(cookie.name(), cookie.vendor(), cookie.firstParty(),
					label(current.cookiePurpose(cookie.purpose()), p -> text(p.label(), p.labelEn(), locale),
							cookie.purpose()),
					cookie.lifetimeLabel() == null ? cookie.lifetime() : cookie.lifetimeLabel(), cookie.exempt(),
					cookie.exempt() ? text(cookie.exemptReason(), cookie.exemptReasonEn(), locale) : null))
			.toList());
		List<LintWarning> warnings = lint.warnings();
		model.addAttribute("warnings", warnings);
		model.addAttribute("locale", locale);
		return VIEW;
	}

	private PurposeView purpose(Register register, Register.Purpose purpose, Locale locale) {
		return new PurposeView(purpose.id(), text(purpose.label(), purpose.labelEn(), locale),
				text(purpose.description(), purpose.descriptionEn(), locale),
				purpose.legalBases()
					.stream()
					.map(id -> label(register.legalBasis(id),
							b -> text(b.label(), b.labelEn(), locale)
									+ (b.article() == null ? "" : " (" + b.article() + ")"),
							id))
					.toList(),
				purpose.dataSubjects()
					.stream()
					.map(id -> label(register.dataSubject(id), s -> text(s.label(), s.labelEn(), locale), id))
					.toList(),
				purpose.dataCategories()
					.stream()
					.map(id -> label(register.dataCategory(id), c -> text(c.label(), c.labelEn(), locale), id))
					.toList(),
				purpose.retention()
					.stream()
					.map(id -> label(register.retentionRule(id),
							r -> text(r.label(), r.labelEn(), locale) + " — " + r.duration() + ", " + r.trigger()
									+ " → " + r.endAction(),
							id))
					.toList(),
				purpose.recipients()
					.stream()
					.map(id -> label(register.recipient(id), r -> text(r.label(), r.labelEn(), locale), id))
					.toList(),
				purpose.transferSafeguards()
					.stream()
					.map(id -> label(register.transferSafeguard(id),
							s -> text(s.label(), s.labelEn(), locale)
									+ (s.article() == null ? "" : " (" + s.article() + ")"),
							id))
					.toList());
	}

	/** The entry's label, or its id when the register does not name it (never blank). */
	private static <T> String label(Optional<T> entry, Function<T, @Nullable String> label, String id) {
		return entry.map(label).filter(text -> !text.isBlank()).orElse(id);
	}

	private static String text(@Nullable String french, @Nullable String english, Locale locale) {
		String text = Register.text(french == null ? "" : french, english == null ? "" : english, locale);
		return text == null ? "" : text;
	}

	/** A channel and its purposes. */
	record ChannelView(String id, String label, List<PurposeView> purposes) {
	}

	/** A processing activity with every id resolved to its label. */
	record PurposeView(String id, String label, String description, List<String> legalBases, List<String> dataSubjects,
			List<String> dataCategories, List<String> retention, List<String> recipients,
			List<String> transferSafeguards) {
	}

	/** A cookie as listed. */
	record CookieView(String name, String vendor, boolean firstParty, String purpose, String lifetime, boolean exempt,
			@Nullable String exemptReason) {
	}

}
