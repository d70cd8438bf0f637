package fr.integrance.platform.web;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.CacheControl;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.jspecify.annotations.Nullable;

/**
 * French for everyone unless the person picks English with the language link
 * ({@code ?lang=en}). The choice is kept in the {@code lang} cookie: an
 * interface-personalisation cookie the person asked for, exempt from consent (declared in
 * the register).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final String LOCALE_COOKIE = "lang";

	/** Just before the static files' URL encoding filter ({@code LOWEST_PRECEDENCE}). */
	static final int DIRECT_ATTRIBUTES_ORDER = Ordered.LOWEST_PRECEDENCE - 1;
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

	/**
	 * Last of the filters but the static files' URL encoding, on every dispatch: the
	 * controllers and the views read the request's attributes without going through each
	 * wrapper. The static files' filter wraps the request after it: its wrapper catches
	 * one attribute's writing, and passes the rest to this filter's request at once.
	 */
	@Bean
	FilterRegistrationBean<DirectAttributesFilter> directAttributesFilter() {
		FilterRegistrationBean<DirectAttributesFilter> registration = new FilterRegistrationBean<>(
				new DirectAttributesFilter());
		registration.setOrder(DIRECT_ATTRIBUTES_ORDER);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		return registration;
	}

	/** The controllers' mapping, with a cheap first test for paths with a variable. */
	@Bean
	WebMvcRegistrations prefixFilteredMapping() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new PrefixFilteredHandlerMapping();
			}
		};
	}

	/** The folders of static files with content-hashed names, under {@code /static}. */
	static final List<String> FOLDERS_OF_FILES = List.of("css", "js", "img");

	/** Every folder served as static files: those above and the web jars. */
	static final List<String> STATIC_FOLDERS = List.of("css", "js", "img", "webjars");

	/**
	 * The static files, one handler per folder, with content-hashed URLs
	 * ({@code /css/site-<hash>.css}) cached a week by browsers. Only these paths are
	 * static: Boot's default catch-all handler ({@code /**} over five classpath
	 * locations, switched off by {@code spring.web.resources.add-mappings=false}) made
	 * the URL encoding of every link of every page ({@code /gestion/personnes/…}) look
	 * for a file of that name in the jar — a fifth of the time of a back-office page
	 * under load.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl week = CacheControl.maxAge(Duration.ofDays(7));
		for (String folder : FOLDERS_OF_FILES) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(week)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(week)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

	/**
	 * Typed ids ({@code CaseId}, {@code PersonId}…) straight from path variables and
	 * parameters.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(new TypedIdConverter());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * Keeps only the offered languages: a {@code lang=de} link or cookie leaves French.
	 */
	static final class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver() {
			super(LOCALE_COOKIE);
		}

		@Override
		public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable LocaleContext localeContext) {
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
