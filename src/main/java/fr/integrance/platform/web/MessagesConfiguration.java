package fr.integrance.platform.web;

import java.util.Arrays;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The messages of every bundle ({@code spring.messages.basename}), merged into one table
 * per locale, loaded once.
 * <p>
 * The default message source looks a code up bundle after bundle: with some fifty
 * bundles, a page of a few hundred labels made tens of thousands of lookups. Merged, a
 * label is one lookup. The first bundle listed still wins where two define a code, and a
 * locale without its own file falls back to the default (English) file, as before.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource(Environment environment) {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		String[] basenames = StringUtils.commaDelimitedListToStringArray(
				StringUtils.trimAllWhitespace(environment.getProperty("spring.messages.basename", "messages")));
		messages.setBasenames(Arrays.stream(basenames).map(basename -> "classpath:" + basename).toArray(String[]::new));
		messages.setDefaultEncoding(environment.getProperty("spring.messages.encoding", "UTF-8"));
		messages.setFallbackToSystemLocale(
				environment.getProperty("spring.messages.fallback-to-system-locale", Boolean.class, false));
		messages.setUseCodeAsDefaultMessage(
				environment.getProperty("spring.messages.use-code-as-default-message", Boolean.class, false));
		// Never reloaded: the merged table is what makes a lookup a single one.
		messages.setCacheMillis(-1);
		return messages;
	}

}
