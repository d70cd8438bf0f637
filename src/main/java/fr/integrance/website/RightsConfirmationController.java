package fr.integrance.website;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import fr.integrance.rights.ConfirmationOutcome;
import fr.integrance.rights.RightsRequests;

/**
 * {@code /mes-droits/confirmation/{token}}: the link sent to the address on file of the
 * person an anonymous rights request matched. Opening it only shows a button (a mail
 * scanner that follows links confirms nothing); the button confirms the request once. A
 * link unknown, expired or already used says so, without telling which request it was.
 */
@Controller
@RequiredArgsConstructor
class RightsConfirmationController {

	static final String VIEW = "intake/mes-droits-lien";

	private final RightsRequests rights;

	@GetMapping("/mes-droits/confirmation/{token}")
	String page(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("state", "ask");
		return VIEW;
	}

	@PostMapping("/mes-droits/confirmation/{token}")
	String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
		ConfirmationOutcome outcome = rights.confirm(token);
		model.addAttribute("token", token);
		model.addAttribute("state", outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
		if (outcome == ConfirmationOutcome.UNKNOWN) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		else if (outcome != ConfirmationOutcome.CONFIRMED) {
			response.setStatus(HttpServletResponse.SC_GONE);
		}
		return VIEW;
	}

}
