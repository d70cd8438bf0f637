package fr.integrance.platform.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * French for everyone unless the person picks English with the language link ({@code ?lang=en}).
 * The choice is kept in the {@code lang} cookie: an interface-personalisation cookie the person
 * asked for, exempt from consent (declared in the register).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final String LOCALE_COOKIE = "lang";
	static final Set<String> SUPPORTED_LANGUAGES = Set.of("fr", "en");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedLocaleResolver();
		resolver.setDefaultLocale(Locale.FRENCH);
		resolver.setCookieMaxAge(Duration.ofDays(180));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setRejectInvalidCookies(true);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** Keeps only the offered languages: a {@code lang=de} link or cookie leaves French. */
	static final class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver() {
			super(LOCALE_COOKIE);
		}

		@Override
		public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
				LocaleContext localeContext) {
			Locale locale = localeContext != null ? localeContext.getLocale() : null;
			if (locale != null && !SUPPORTED_LANGUAGES.contains(locale.getLanguage())) {
				return;
			}
			super.setLocaleContext(request, response, localeContext);
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			Locale locale = super.resolveLocale(request);
			return SUPPORTED_LANGUAGES.contains(locale.getLanguage()) ? new Locale(locale.getLanguage())
					: Locale.FRENCH;
		}
	}
}
