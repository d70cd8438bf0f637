package fr.integrance.website.cookies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import fr.integrance.platform.BadRequestException;
import fr.integrance.platform.NotFoundException;
import fr.integrance.consent.ConsentManagement;
import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.ConsentProof;
import fr.integrance.consent.CookieCatalogue;
import fr.integrance.consent.RequestOrigin;
import fr.integrance.consent.VisitorChoice;
import fr.integrance.consent.VisitorConsents;

/**
 * Cookie choices: {@code /cookies} shows every purpose with its vendors and cookies (from
 * the register), the exempt cookies and why, and the choice in force;
 * {@code POST /cookies/choix} takes a choice from the banner or from that page (plain
 * forms with the CSRF token: no script needed); {@code /cookies/preuve} gives the visitor
 * the proof of his own choices, found by his cookie only.
 */
@Controller
@RequiredArgsConstructor
class CookieSettingsController {

	static final String SETTINGS_PATH = "/cookies";
	static final String CHOICE_PATH = "/cookies/choix";
	static final String PROOF_PATH = "/cookies/preuve";
	static final String VIEW = "website/cookies/settings";
	static final String PURPOSE_FIELD_PREFIX = "choix-";
	static final String YES = "oui";
	static final String EXPIRED_COOKIES = "consentExpiredCookies";
	static final String CONFIRMATION = "consentConfirmation";

	private final VisitorConsents visitorConsents;

	private final ConsentManagement consents;

	private final CookieCatalogue catalogue;

	private final ConsentCookies cookies;

	private final CookieSettingsPage page;

	@GetMapping(SETTINGS_PATH)
	String settings(HttpServletRequest request, Locale locale, Model model) {
		model.addAttribute("settings", page.build(cookies.read(request), cookies.current(request), locale));
		return VIEW;
	}

	/**
	 * {@code action}: {@code accept-all}, {@code refuse-all}, {@code save} (the
	 * per-purpose radios; an unanswered purpose is refused) or {@code withdraw};
	 * {@code source}: {@code banner} or the page.
	 */
	@PostMapping(CHOICE_PATH)
	RedirectView choose(@RequestParam String action, @RequestParam(defaultValue = "page") String source,
			@RequestParam(name = "retour", required = false) String returnPath, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		boolean banner = "banner".equals(source);
		ConsentMethod method = method(action, banner);
		Map<String, Boolean> allowed = new LinkedHashMap<>();
		for (String purpose : catalogue.consentPurposeIds()) {
			allowed.put(purpose, switch (method) {
				case BANNER_ACCEPT_ALL, SETTINGS_ACCEPT_ALL -> true;
				case SETTINGS_PAGE -> YES.equals(request.getParameter(PURPOSE_FIELD_PREFIX + purpose));
				default -> false;
			});
		}
		Optional<VisitorChoice> previous = cookies.read(request);
		VisitorChoice choice = visitorConsents.decide(previous, allowed, method,
				new RequestOrigin(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT)));
		cookies.write(choice, request, response);
		List<String> expired = cookies.expireRefused(choice, request, response);
		if (!expired.isEmpty()) {
			redirect.addFlashAttribute(EXPIRED_COOKIES, expired);
		}
		if (banner) {
			return redirectTo(ReturnPaths.safe(returnPath));
		}
		redirect.addFlashAttribute(CONFIRMATION, method == ConsentMethod.SETTINGS_WITHDRAW
				? "consent.settings.confirmation.withdrawn" : "consent.settings.confirmation.saved");
		return redirectTo(SETTINGS_PATH);
	}

	@GetMapping(value = PROOF_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ConsentProof> proof(HttpServletRequest request) {
		VisitorChoice choice = cookies.read(request)
			.orElseThrow(() -> new NotFoundException("no cookie choice recorded for this visitor"));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("preuve-choix-cookies.json").build().toString())
			.body(consents.proofFor(choice.subject()));
	}

	private static ConsentMethod method(String action, boolean banner) {
		return switch (action) {
			case "accept-all" -> banner ? ConsentMethod.BANNER_ACCEPT_ALL : ConsentMethod.SETTINGS_ACCEPT_ALL;
			case "refuse-all" -> banner ? ConsentMethod.BANNER_REFUSE_ALL : ConsentMethod.SETTINGS_REFUSE_ALL;
			case "save" -> ConsentMethod.SETTINGS_PAGE;
			case "withdraw" -> ConsentMethod.SETTINGS_WITHDRAW;
			default -> throw new BadRequestException("unknown cookie-choice action");
		};
	}

	/** A path on this site; braces in it are not URI template variables. */
	private static RedirectView redirectTo(String path) {
		RedirectView view = new RedirectView(path, true);
		view.setExpandUriTemplateVariables(false);
		view.setExposeModelAttributes(false);
		return view;
	}

}
