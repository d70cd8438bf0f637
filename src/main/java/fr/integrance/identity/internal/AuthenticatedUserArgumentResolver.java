package fr.integrance.identity.internal;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.CurrentUser;

/**
 * Gives a handler method the signed-in account: an {@link AuthenticatedUser} parameter is
 * the fully signed-in account (anyone else is refused: access denied), an
 * {@code Optional<AuthenticatedUser>} one is empty for a visitor or a login still waiting
 * for its second factor.
 */
record AuthenticatedUserArgumentResolver(CurrentUser currentUser) implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == AuthenticatedUser.class || parameter.getParameterType() == Optional.class
				&& parameter.nested().getNestedParameterType() == AuthenticatedUser.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
		return parameter.getParameterType() == Optional.class ? currentUser.find() : currentUser.get();
	}

}
