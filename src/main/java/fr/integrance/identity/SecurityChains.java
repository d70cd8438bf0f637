package fr.integrance.identity;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;
import org.springframework.security.config.annotation.web.configurers.LogoutConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * With what each channel declares its own security filter chain and contributes its
 * {@link Space}, so that every chain shares one session (Spring Session JDBC), one
 * security context repository and the CSRF token kept in it, sends a visitor to the
 * sign-in page, journals every refusal and sends the same security headers. Rules name
 * {@link Authorities}, never roles; what a chain's rules do not name is denied.
 * <p>
 * A channel declares, in its own package:
 *
 * <pre>
 * static final Space SPACE = new Space(Audience.MEMBER, "/iadherent", "member");
 *
 * &#64;Bean
 * &#64;Order(20)
 * SecurityFilterChain memberSecurityFilterChain(HttpSecurity http, SecurityChains chains) throws Exception {
 * 	return chains.space(http, SPACE, Authorities.MEMBER_SPACE_ACCESS);
 * }
 * </pre>
 */
public interface SecurityChains {

	/**
	 * The authorization rules of one chain; {@code anyRequest().denyAll()} is added after
	 * them.
	 */
	@FunctionalInterface
	interface Rules extends
			Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> {

	}

	/**
	 * The chain of a space whose every page needs one authority: its pages are its home
	 * path and what lies below; the space is registered for {@link Spaces}.
	 */
	SecurityFilterChain space(HttpSecurity http, Space space, String authority) throws Exception;

	/**
	 * The chain of one or more spaces under the first one's home path (the others lie
	 * below it), with the channel's rules; the spaces are registered for {@link Spaces}.
	 * @return {@code http}, to build or to configure further
	 */
	HttpSecurity spaces(HttpSecurity http, Rules rules, Space space, Space... within) throws Exception;

	/**
	 * The chain of a channel's pages under {@code paths}: the shared session and security
	 * context, a visitor sent to the sign-in page (saying so when the session has just
	 * expired), a signed-in account without the authority answered 403 and journaled, a
	 * login waiting for its second factor sent back to that step, no logout, the security
	 * headers.
	 * @return {@code http}, to build or to configure further
	 */
	HttpSecurity pages(HttpSecurity http, Rules rules, String... paths) throws Exception;

	/**
	 * The chain of an API under {@code paths}: stateless — no session, and no cookie
	 * confers anything, hence no CSRF token to check (CSRF rides on ambient credentials
	 * and there are none) — a caller without credentials answered 401, the security
	 * headers.
	 * @return {@code http}, to build or to configure further
	 */
	HttpSecurity api(HttpSecurity http, Rules rules, String... paths) throws Exception;

	/**
	 * Sign-in by password on a form, to add to a {@link #pages} chain: identity checks
	 * the password (one answer for every failure, and no session just to remember one),
	 * then sends the login to its second step when one is due, else to the page first
	 * asked for or the account's home. The channel names its page and fields in
	 * {@code form}.
	 * @return {@code http}
	 */
	HttpSecurity passwordSignIn(HttpSecurity http, Customizer<FormLoginConfigurer<HttpSecurity>> form) throws Exception;

	/**
	 * Sign-out, to add to a {@link #pages} chain: the session is invalidated and its end
	 * journaled. The channel names its address and where to go next in {@code logout}.
	 * @return {@code http}
	 */
	HttpSecurity signOut(HttpSecurity http, Customizer<LogoutConfigurer<HttpSecurity>> logout) throws Exception;

}
