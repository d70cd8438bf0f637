package fr.integrance.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

import fr.integrance.identity.AccountId;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.SignInPages;

/**
 * A login waiting for its second factor is sent back to that step (it can reach nothing
 * else); any other refusal is journaled and answered 403 with the error page.
 */
@RequiredArgsConstructor
class IdentityAccessDeniedHandler implements AccessDeniedHandler {

	private final SecurityJournal journal;

	private final SignInPages pages;

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException, ServletException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof PendingSecondFactor pending && !(exception instanceof CsrfException)
				&& "GET".equals(request.getMethod())) {
			response.sendRedirect(request.getContextPath() + pending.step().path(pages));
			return;
		}
		AccountId account = authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user
				? user.accountId() : null;
		journal.accessDenied(account, request.getRequestURI());
		forbidden.handle(request, response, exception);
	}

}
