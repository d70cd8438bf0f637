package fr.integrance.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import fr.integrance.platform.BadRequestException;
import fr.integrance.platform.NotFoundException;
import fr.integrance.platform.TypedId;

/**
 * The one place where an id that names nothing becomes the French 404 page: an unknown or
 * foreign id ({@link NotFoundException} from a module API) and a malformed one (a
 * {@link TypedId} path variable or parameter that is not a UUID) alike, so that nothing
 * tells an id of another tenant from one that does not exist. Another malformed
 * parameter, or a value no form offers ({@link BadRequestException}), is the French 400
 * page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClientErrorAdvice {

	/**
	 * No text reaches a form or a handler with a NUL character in it: no person types
	 * one, and PostgreSQL refuses to store it (a 500 the input fuzz test found on a staff
	 * message).
	 */
	@InitBinder
	void withoutNulCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new java.beans.PropertyEditorSupport() {

			@Override
			public void setAsText(@Nullable String text) {
				setValue(text == null ? null : text.replace("\u0000", ""));
			}

		});
	}

	@ExceptionHandler(NotFoundException.class)
	void unknown(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@ExceptionHandler(BadRequestException.class)
	void refused(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void malformed(MethodArgumentTypeMismatchException ex, HttpServletResponse response) throws IOException {
		Class<?> expected = ex.getRequiredType();
		boolean id = expected != null && TypedId.class.isAssignableFrom(expected);
		response.sendError(id ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value());
	}

}
