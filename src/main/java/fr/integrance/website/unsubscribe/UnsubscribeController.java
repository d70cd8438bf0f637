package fr.integrance.website.unsubscribe;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import fr.integrance.consent.MarketingUnsubscribeLinks;
import fr.integrance.consent.MarketingUnsubscribeLinks.Status;
import fr.integrance.consent.RequestOrigin;

/**
 * {@code /desinscription/{token}}: the link of every marketing e-mail. GET only shows a
 * confirmation button (mail scanners follow links: a GET must change nothing); POST
 * withdraws, from that button or from a mail client's RFC 8058 one-click request. No
 * login; an unknown token gets a 404 page that says the link is not valid and nothing
 * more.
 */
@Controller
@RequiredArgsConstructor
class UnsubscribeController {

	static final String PATH = "/desinscription/{token}";
	static final String CONFIRM_VIEW = "website/unsubscribe/confirm";
	static final String DONE_VIEW = "website/unsubscribe/done";
	static final String INVALID_VIEW = "website/unsubscribe/invalid";

	private final MarketingUnsubscribeLinks links;

	@GetMapping(PATH)
	String confirm(@PathVariable String token, HttpServletResponse response, Model model) {
		noIndexNoStore(response);
		Status status = links.status(token);
		if (status == Status.INVALID) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return INVALID_VIEW;
		}
		model.addAttribute("token", token);
		model.addAttribute("alreadyUnsubscribed", status == Status.UNSUBSCRIBED);
		return CONFIRM_VIEW;
	}

	/**
	 * Answers the page itself rather than a redirect: RFC 8058 one-click clients expect a
	 * 2xx and do not follow redirects reliably, and repeating the POST changes nothing.
	 */
	@PostMapping(PATH)
	String unsubscribe(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
		noIndexNoStore(response);
		Status status = links.unsubscribe(token,
				new RequestOrigin(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT)));
		if (status == Status.INVALID) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return INVALID_VIEW;
		}
		return DONE_VIEW;
	}

	private static void noIndexNoStore(HttpServletResponse response) {
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
