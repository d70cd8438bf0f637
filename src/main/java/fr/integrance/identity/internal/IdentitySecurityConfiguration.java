package fr.integrance.identity.internal;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import fr.integrance.identity.CurrentUser;

/**
 * What identity puts around every request, whatever the channel: the session policy (idle
 * and absolute lifetimes, account changes) before any security chain reads the session,
 * the session cookie's flags, and the signed-in account as a handler method parameter.
 * The chains themselves are the channels', built with
 * {@link fr.integrance.identity.SecurityChains}.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class IdentitySecurityConfiguration implements WebMvcConfigurer {

	private final CurrentUser currentUser;

	@Bean
	FilterRegistrationBean<SessionPolicyFilter> sessionPolicyFilter(SessionPolicy policy, SecurityJournal journal,
			@Value("${spring.security.filter.order:-100}") int securityFilterOrder) {
		FilterRegistrationBean<SessionPolicyFilter> registration = new FilterRegistrationBean<>(
				new SessionPolicyFilter(policy, journal));
		// After the session store's filter (which runs first of all), just before Spring
		// Security.
		registration.setOrder(securityFilterOrder - 1);
		return registration;
	}

	/**
	 * The session cookie's flags, whatever the deployment (embedded server or not):
	 * HttpOnly and SameSite=Lax always, Secure unless a profile on plain http turns it
	 * off (embedded).
	 */
	@Bean
	DefaultCookieSerializerCustomizer sessionCookiePolicy(
			@Value("${server.servlet.session.cookie.secure:true}") boolean secure) {
		return serializer -> {
			serializer.setUseHttpOnlyCookie(true);
			serializer.setSameSite("Lax");
			serializer.setUseSecureCookie(secure);
		};
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new AuthenticatedUserArgumentResolver(currentUser));
	}

}
