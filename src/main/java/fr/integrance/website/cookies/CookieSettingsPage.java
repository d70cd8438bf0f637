package fr.integrance.website.cookies;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.integrance.consent.CookieCatalogue;
import fr.integrance.consent.VisitorChoice;
import fr.integrance.consent.VisitorConsents;
import fr.integrance.privacy.Register;
import fr.integrance.platform.FrenchDates;

/**
 * Builds what the {@code /cookies} page shows, from the register and the visitor's
 * choice.
 */
@Component
@RequiredArgsConstructor
class CookieSettingsPage {

	/** Times are shown as a French visitor reads them. */
	static final ZoneId DISPLAY_ZONE = FrenchDates.FRANCE;

	private final CookieCatalogue catalogue;

	private final VisitorConsents consents;

	/**
	 * @param stored the choice the cookie carries (even expired), for the "current
	 * choice" section
	 * @param current the choice in force, which pre-selects the radios; none pre-selected
	 * without it
	 */
	View build(Optional<VisitorChoice> stored, Optional<VisitorChoice> current, Locale locale) {
		List<PurposeView> purposes = catalogue.purposes()
			.stream()
			.filter(CookieCatalogue.PurposeCookies::requiresConsent)
			.map(p -> new PurposeView(p.id(), Register.text(p.purpose().label(), p.purpose().labelEn(), locale),
					Register.text(p.purpose().description(), p.purpose().descriptionEn(), locale),
					String.join(", ", p.vendors()),
					p.consentCookies().stream().map(c -> cookieView(c, locale)).toList(),
					current.map(choice -> choice.allows(p.id())).orElse(null)))
			.toList();
		List<ExemptCookieView> exempt = catalogue.purposes()
			.stream()
			.flatMap(p -> p.exemptCookies()
				.stream()
				.map(c -> new ExemptCookieView(cookieView(c, locale),
						Register.text(p.purpose().label(), p.purpose().labelEn(), locale),
						Register.text(c.exemptReason(), c.exemptReasonEn(), locale))))
			.toList();
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(DISPLAY_ZONE);
		ChoiceView choice = stored
			.map(c -> new ChoiceView(format.format(c.decidedAt()), c.noticeVersion(), current.isEmpty(),
					purposes.stream().map(p -> new ChoiceLine(p.label(), c.allows(p.id()))).toList(),
					purposes.stream().anyMatch(p -> c.allows(p.id()))))
			.orElse(null);
		return new View(purposes, exempt, choice, consents.renewAfter().toTotalMonths());
	}

	private static CookieView cookieView(Register.Cookie cookie, Locale locale) {
		return new CookieView(cookie.name(), cookie.vendor(), cookie.lifetimeLabel(),
				Register.text(cookie.description(), cookie.descriptionEn(), locale));
	}

	/** {@code renewMonths}: how many months a choice holds before it is asked again. */
	record View(List<PurposeView> purposes, List<ExemptCookieView> exemptCookies, @Nullable ChoiceView choice,
			long renewMonths) {
	}

	/**
	 * {@code allowed}: the choice in force for the purpose, or null when there is none
	 * (no radio checked).
	 */
	record PurposeView(String id, String label, String description, String vendors, List<CookieView> cookies,
			@Nullable Boolean allowed) {

		public String fieldName() {
			return CookieSettingsController.PURPOSE_FIELD_PREFIX + id;
		}
	}

	record CookieView(String name, String vendor, String lifetime, String description) {
	}

	record ExemptCookieView(CookieView cookie, String purpose, String reason) {
	}

	record ChoiceView(String decidedAt, String noticeVersion, boolean expired, List<ChoiceLine> lines,
			boolean anyAllowed) {
	}

	record ChoiceLine(String purpose, boolean allowed) {
	}

}
