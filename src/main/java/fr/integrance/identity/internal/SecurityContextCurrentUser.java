package fr.integrance.identity.internal;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.Authorities;
import fr.integrance.identity.CurrentUser;
import fr.integrance.organisations.OrganisationId;

/**
 * {@link CurrentUser} from the security context. Only a complete login counts: it is
 * recognised by the {@link Authorities#OWN_ACCOUNT_MANAGE} authority, which a login
 * waiting for its second factor never holds.
 */
@Component
class SecurityContextCurrentUser implements CurrentUser {

	@Override
	public Optional<AuthenticatedUser> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| !(authentication.getPrincipal() instanceof AuthenticatedUser user)) {
			return Optional.empty();
		}
		boolean complete = authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> Authorities.OWN_ACCOUNT_MANAGE.equals(authority.getAuthority()));
		return complete ? Optional.of(user) : Optional.empty();
	}

	@Override
	public AuthenticatedUser get() {
		return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

	@Override
	public OrganisationId organisationId() {
		return get().organisation().orElseThrow(() -> new AccessDeniedException("No organisation"));
	}

}
