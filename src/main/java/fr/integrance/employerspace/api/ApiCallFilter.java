package fr.integrance.employerspace.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.audit.AuditOutcome;

/**
 * After the token is checked: the client's rate limit (429 in problem+json, with
 * {@code Retry-After}), then the call, then one journal entry per call with the client,
 * the affiliation named by the path and the outcome (success below 400, denied for 403,
 * 404 and 429, failure otherwise). Not a bean: it belongs to the API's chain only.
 */
final class ApiCallFilter extends OncePerRequestFilter {

	private final TokenBuckets buckets;

	private final ApiProblems problems;

	private final AuditJournal journal;

	ApiCallFilter(TokenBuckets buckets, ApiProblems problems, AuditJournal journal) {
		this.buckets = buckets;
		this.problems = problems;
		this.journal = journal;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
			chain.doFilter(request, response);
			return;
		}
		ApiCaller caller = ApiCaller.of(jwt);
		long wait = buckets.take(caller.clientId());
		if (wait > 0) {
			response.setHeader("Retry-After", Long.toString(wait));
			problems.write(response, problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many"));
			journal(caller, request, response.getStatus());
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			journal(caller, request, response.getStatus());
		}
	}

	private void journal(ApiCaller caller, HttpServletRequest request, int status) {
		AuditOutcome outcome = status < 400 ? AuditOutcome.SUCCESS
				: (status == 403 || status == 404 || status == 429) ? AuditOutcome.DENIED : AuditOutcome.FAILURE;
		journal.record(AuditEvent.of(AuditActor.system(caller.journalRef()), ApiProblems.CALL, outcome)
			.withObject(ApiProblems.objectRef(request))
			.withPurpose(EmployerApi.PURPOSE));
	}

}
