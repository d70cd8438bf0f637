package fr.integrance.employerspace.api;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;

/**
 * The API's errors as problem+json (RFC 9457) in French: a {@code type} per kind of
 * problem, a title and a detail read from the {@code i18n/employerapi} bundle. Written
 * here for the security filters (401, 403, 429) and built for the controllers' advice.
 */
@Component
class ApiProblems {

	static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	static final AuditAction CALL = new AuditAction("employerapi.call");

	/** The language of the API's messages. */
	static final Locale LANGUAGE = Locale.FRENCH;

	private final MessageSource messages;

	private final JsonMapper json;

	private final AuditJournal journal;

	ApiProblems(MessageSource messages, JsonMapper json, AuditJournal journal) {
		this.messages = messages;
		this.json = json;
		this.journal = journal;
	}

	/**
	 * A problem of that kind: {@code employerapi.problem.<kind>.title} and
	 * {@code .detail}.
	 */
	ProblemDetail problem(HttpStatus status, String kind, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("https://www.integrance.fr/api/problemes/" + kind));
		problem.setTitle(messages.getMessage("employerapi.problem." + kind + ".title", null, LANGUAGE));
		problem.setDetail(messages.getMessage("employerapi.problem." + kind + ".detail", arguments, LANGUAGE));
		return problem;
	}

	/** A 422 with the refused fields, each with its French message. */
	ProblemDetail invalid(List<FieldError> errors) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid");
		problem.setProperty("errors", errors);
		return problem;
	}

	/** A message of the bundles in the API's language (a field error's key). */
	String message(String key, Object... arguments) {
		String message = messages.getMessage(key, arguments, key, LANGUAGE);
		return message == null ? key : message;
	}

	/** One refused field of a request body. */
	record FieldError(String field, String message) {
	}

	void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(PROBLEM_JSON.toString());
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Cache-Control", "no-store");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		json.writeValue(response.getOutputStream(), body);
	}

	/** 401: no token, or one that is invalid, expired, revoked or rotated away. */
	void unauthenticated(HttpServletRequest request, HttpServletResponse response,
			@Nullable AuthenticationException exception) throws IOException {
		journal.recordIndependently(AuditEvent.denied(AuditActor.anonymous(), CALL).withObject(objectRef(request)));
		response.setHeader("WWW-Authenticate", "Bearer");
		write(response, problem(HttpStatus.UNAUTHORIZED, "unauthenticated"));
	}

	/**
	 * 403: the token lacks the scope (a read-only client writing); journaled by the call
	 * filter.
	 */
	void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		write(response, problem(HttpStatus.FORBIDDEN, "forbidden"));
	}

	/**
	 * What the journal names as the object of a call: the affiliation for a path that
	 * names one, else the collection.
	 */
	static String objectRef(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String[] parts = path.split("/");
		// /api/v1/employers/affiliations/{id}/…
		if (parts.length > 5 && "affiliations".equals(parts[4]) && parts[5].matches("[0-9a-fA-F-]{1,36}")) {
			return "affiliation:" + parts[5];
		}
		return "employer-api:" + (parts.length > 4 ? parts[4].replaceAll("[^A-Za-z0-9_.-]", "") : "root");
	}

}
