package fr.integrance.website;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

import fr.integrance.platform.FileRejection;
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

	/**
	 * A part whose file name Tomcat refused (a NUL in it): the form comes back with a
	 * French 400 beside the file field and the fields read before the part.
	 */
	@ExceptionHandler(MultipartException.class)
	ModelAndView badFileName(MultipartException ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) throws MultipartException {
		if (!UploadLimitFilter.Filter.badFileName(ex)) {
			throw ex;
		}
		ExtendedModelMap model = new ExtendedModelMap();
		model.addAttribute("mutual", mutual);
		String error = UploadMessages.keyOf(FileRejection.NAME_NOT_ALLOWED);
		String view = switch (request.getRequestURI()) {
			case "/souscription/pieces" -> subscription.renderRefusedFile(request.getSession(), model, locale, error);
			case "/contact" -> contact.renderRefusedFile(request, model, locale, error);
			default -> throw ex;
		};
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return new ModelAndView(view, model, HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		ExtendedModelMap model = new ExtendedModelMap();
		// Exception handlers get no @ModelAttribute from the advices: the layout's one is
		// added here.
		model.addAttribute("mutual", mutual);
		String view = switch (request.getRequestURI()) {
			case "/souscription/pieces" -> subscription.renderTooLarge(request.getSession(), model, locale);
			case "/contact" -> contact.renderTooLarge(model, locale);
			default -> {
				model.addAttribute("maxFileBytes", attachments.maxFileBytes());
				yield GENERIC_VIEW;
			}
		};
		return new ModelAndView(view, model, HttpStatus.CONTENT_TOO_LARGE);
	}

}
