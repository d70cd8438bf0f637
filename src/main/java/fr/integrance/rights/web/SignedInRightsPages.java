package fr.integrance.rights.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.rights.ReceivedRightsRequest;
import fr.integrance.rights.RightsRequestSubmission;
import fr.integrance.rights.RightsRequests;
import fr.integrance.rights.VerifiedRightsRequest;

/**
 * The rights request form of a signed-in space: the right, the processing concerned and a
 * message; nothing to prove, the session (with its second factor where the space requires
 * one) is the identity check, so the request is in progress at once
 * ({@link RightsRequests#receiveVerified}), made on behalf of the subject when the access
 * says so. Bad input shows the page again with the errors in French beside the fields,
 * what was typed kept; the acknowledgement page gives the reference and the due date (the
 * acknowledgement mail goes to the requester as for every request).
 * <p>
 * A channel's controller extends this class under its own path and implements
 * {@link #access}, which throws a {@link fr.integrance.platform.NotFoundException} when
 * the signed-in user may not act for the subject named in the path.
 */
public abstract class SignedInRightsPages {

	/** The page's template. */
	public static final String VIEW = "rights/espace-droits";

	/** The acknowledgement's template. */
	public static final String SENT_VIEW = "rights/espace-droits-envoyee";

	static final int MESSAGE_MAX = 4000;

	private final RightsRequests rights;

	private final ProcessingRegister register;

	protected SignedInRightsPages(RightsRequests rights, ProcessingRegister register) {
		this.rights = rights;
		this.register = register;
	}

	/**
	 * Whose data and who asks, from the signed-in user and the path's variables.
	 * @throws fr.integrance.platform.NotFoundException when the user may not act for them
	 */
	protected abstract RightsAccess access(Map<String, String> pathVariables);

	/** The navigation of the space. */
	protected abstract String audience();

	/** What the person chose and wrote, kept when something is wrong. */
	public record Form(@Nullable String rightId, @Nullable String scope, @Nullable String message) {

		static Form empty() {
			return new Form(null, RightsRequestSubmission.ALL_PROCESSING, null);
		}
	}

	/** A choice of the form. */
	public record Choice(String value, String label) {
	}

	@GetMapping
	public String form(@PathVariable Map<String, String> variables, Model model, Locale locale) {
		return render(access(variables), Form.empty(), Map.of(), model, locale);
	}

	@PostMapping
	public String submit(@PathVariable Map<String, String> variables,
			@RequestParam(name = "rightId", required = false) @Nullable String rightId,
			@RequestParam(name = "scope", required = false) @Nullable String scope,
			@RequestParam(name = "message", required = false) @Nullable String message, Model model, Locale locale,
			RedirectAttributes redirect) {
		RightsAccess access = access(variables);
		Form form = new Form(line(rightId), line(scope), message == null || message.isBlank() ? null : message.strip());
		Register current = register.current();
		Map<String, String> errors = new LinkedHashMap<>();
		if (form.rightId() == null || current.right(form.rightId()).isEmpty()) {
			errors.put("rightId", "rightsintake.error.right.required");
		}
		if (form.scope() == null || !RightsRequestSubmission.ALL_PROCESSING.equals(form.scope())
				&& current.purposes().stream().noneMatch(p -> p.id().equals(form.scope()))) {
			errors.put("scope", "rightsintake.error.scope.required");
		}
		if (form.message() != null && (form.message().length() > MESSAGE_MAX || hasControl(form.message()))) {
			errors.put("message", "rightsintake.error.message.invalid");
		}
		if (!errors.isEmpty()) {
			return render(access, form, errors, model, locale);
		}
		ReceivedRightsRequest received = rights
			.receiveVerified(new VerifiedRightsRequest(Objects.requireNonNull(form.rightId()),
					Objects.requireNonNull(form.scope()), form.message(), access.subject(), access.firstName(),
					access.lastName(), access.email(), "en".equals(locale.getLanguage()) ? "en" : "fr",
					access.channel(), access.onBehalf(), access.account()));
		redirect.addFlashAttribute("reference", received.reference());
		redirect.addFlashAttribute("dueDate", received.dueDate());
		return "redirect:" + access.basePath() + "/envoyee";
	}

	@GetMapping("/envoyee")
	public String sent(@PathVariable Map<String, String> variables, Model model) {
		RightsAccess access = access(variables);
		if (!model.containsAttribute("reference")) {
			return "redirect:" + access.basePath();
		}
		model.addAttribute("access", access);
		model.addAttribute("audience", audience());
		return SENT_VIEW;
	}

	private String render(RightsAccess access, Form form, Map<String, String> errors, Model model, Locale locale) {
		Register current = register.current();
		model.addAttribute("access", access);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("audience", audience());
		model.addAttribute("rights",
				current.rights()
					.stream()
					.map(right -> new Choice(right.id(), Register.text(right.label(), right.labelEn(), locale)))
					.toList());
		List<Choice> purposes = current.purposes()
			.stream()
			.map(purpose -> new Choice(purpose.id(), Register.text(purpose.label(), purpose.labelEn(), locale)))
			.toList();
		model.addAttribute("purposes", purposes);
		return VIEW;
	}

	private static boolean hasControl(String text) {
		return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
	}

	private static @Nullable String line(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
