package fr.integrance.website;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import fr.integrance.platform.MutualProperties;
import fr.integrance.requests.Attachments;

/**
 * A request over the upload limits (RULES.md §6) is refused before it is read: Tomcat
 * stops at the multipart limits and this answers 413. On the forms of the public site the
 * form comes back with a French message next to the file field; what the session kept
 * (earlier steps, files already accepted) is there, but the fields of this very
 * submission cannot be: their bytes were never read. The page's script checks sizes
 * before sending, so a person rarely gets here.
 * <p>
 * Global (the exception is raised before any controller is chosen), and last in order so
 * that a module with its own upload forms can answer for its paths first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
@RequiredArgsConstructor
class UploadLimitAdvice {

	static final String GENERIC_VIEW = "intake/upload-trop-volumineux";

	private final SubscriptionController subscription;

	private final ContactController contact;

	private final Attachments attachments;

	private final MutualProperties mutual;

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		ExtendedModelMap model = new ExtendedModelMap();
		// Exception handlers get no @ModelAttribute from the advices: the layout's one is
		// added here.
		model.addAttribute("mutual", mutual);
		HttpSession session = request.getSession();
		String view = switch (request.getRequestURI()) {
			case "/souscription/pieces" -> subscription.renderTooLarge(session, model, locale);
			case "/contact" -> contact.renderTooLarge(session, model, locale);
			default -> {
				model.addAttribute("maxFileBytes", attachments.maxFileBytes());
				yield GENERIC_VIEW;
			}
		};
		return new ModelAndView(view, model, HttpStatus.CONTENT_TOO_LARGE);
	}

}
