package fr.integrance.platform.web.submission;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.RequestDataValueProcessor;

import org.jspecify.annotations.Nullable;

/**
 * Adds the hidden field {@code submission-key} (a new random UUID) to every POST form
 * rendered with {@code th:action}, beside what the wrapped processor adds (Spring
 * Security's CSRF token): no template names it. Thymeleaf asks {@link #processAction}
 * with the form's method, then {@link #getExtraHiddenFields} for the same form.
 */
final class SubmissionKeyFields implements RequestDataValueProcessor {

	static final String PARAMETER = "submission-key";

	private static final String POST_FORM = SubmissionKeyFields.class.getName() + ".postForm";

	private final RequestDataValueProcessor delegate;

	SubmissionKeyFields(RequestDataValueProcessor delegate) {
		this.delegate = delegate;
	}

	@Override
	public String processAction(HttpServletRequest request, String action, String httpMethod) {
		if ("post".equalsIgnoreCase(httpMethod)) {
			request.setAttribute(POST_FORM, Boolean.TRUE);
		}
		else {
			request.removeAttribute(POST_FORM);
		}
		return delegate.processAction(request, action, httpMethod);
	}

	@Override
	public String processFormFieldValue(HttpServletRequest request, @Nullable String name, String value, String type) {
		return delegate.processFormFieldValue(request, name, value, type);
	}

	@Override
	public @Nullable Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
		Map<String, String> fields = delegate.getExtraHiddenFields(request);
		boolean post = Boolean.TRUE.equals(request.getAttribute(POST_FORM));
		request.removeAttribute(POST_FORM);
		if (!post) {
			return fields;
		}
		Map<String, String> withKey = fields == null ? new LinkedHashMap<>() : new LinkedHashMap<>(fields);
		withKey.put(PARAMETER, UUID.randomUUID().toString());
		return withKey;
	}

	@Override
	public String processUrl(HttpServletRequest request, String url) {
		return delegate.processUrl(request, url);
	}

}
