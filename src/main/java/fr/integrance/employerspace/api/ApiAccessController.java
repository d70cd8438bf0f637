package fr.integrance.employerspace.api;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.platform.NotFoundException;

/**
 * « Accès API » ({@code /icollectif/acces-api}): the organisation's administrator creates
 * payroll API clients (name and scopes), sees a new secret once (on the answer to the
 * POST itself, never stored in the session nor shown again), rotates and revokes.
 */
@Controller
class ApiAccessController {

	static final String LIST_VIEW = "employerspace/api-access";

	static final String SECRET_VIEW = "employerspace/api-secret";

	private final ApiClients clients;

	ApiAccessController(ApiClients clients) {
		this.clients = clients;
	}

	@ModelAttribute("audience")
	String audience() {
		return "employer";
	}

	/** The form of a new client. */
	record ClientForm(@Nullable String name, @Nullable List<String> scopes) {
	}

	@GetMapping("/icollectif/acces-api")
	String list(AuthenticatedUser administrator, Model model) {
		model.addAttribute("clients", clients.ofOrganisation(organisation(administrator)));
		model.addAttribute("clientForm", new ClientForm("", List.of(ApiScopes.READ)));
		model.addAttribute("allScopes", ApiScopes.ALL);
		return LIST_VIEW;
	}

	@PostMapping("/icollectif/acces-api")
	String create(AuthenticatedUser administrator, @ModelAttribute("clientForm") ClientForm form, Model model,
			HttpServletResponse response) {
		try {
			IssuedSecret issued = clients.create(organisation(administrator), administrator.accountId().value(),
					form.name() == null ? "" : form.name(), form.scopes() == null ? List.of() : form.scopes());
			return secret(issued, model, response, "employerapi.secret.created");
		}
		catch (InvalidValueException refused) {
			model.addAttribute("clients", clients.ofOrganisation(organisation(administrator)));
			model.addAttribute("allScopes", ApiScopes.ALL);
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorField", refused.messageKey().contains(".scopes.") ? "scopes" : "name");
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return LIST_VIEW;
		}
	}

	@PostMapping("/icollectif/acces-api/{apiClient}/rotation")
	String rotate(AuthenticatedUser administrator, @PathVariable("apiClient") String apiClientText, Model model,
			HttpServletResponse response) {
		IssuedSecret issued = clients.rotate(organisation(administrator), administrator.accountId().value(),
				id(apiClientText));
		return secret(issued, model, response, "employerapi.secret.rotated");
	}

	@PostMapping("/icollectif/acces-api/{apiClient}/revocation")
	String revoke(AuthenticatedUser administrator, @PathVariable("apiClient") String apiClientText,
			RedirectAttributes redirect) {
		clients.revoke(organisation(administrator), administrator.accountId().value(), id(apiClientText));
		redirect.addFlashAttribute("flash", "employerapi.client.revoked");
		return "redirect:/icollectif/acces-api";
	}

	private static String secret(IssuedSecret issued, Model model, HttpServletResponse response, String message) {
		// Shown once: never cached, never kept.
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("issued", issued);
		model.addAttribute("message", message);
		return SECRET_VIEW;
	}

	private static UUID organisation(AuthenticatedUser user) {
		return user.organisation()
			.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("no organisation"))
			.value();
	}

	private static UUID id(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("api client");
		}
	}

}
