package fr.integrance.platform.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.context.EngineContext;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IEngineContext;
import org.thymeleaf.context.IEngineContextFactory;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.context.StandardEngineContextFactory;
import org.thymeleaf.context.WebEngineContext;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.web.IWebExchange;

import org.jspecify.annotations.Nullable;

/**
 * A page's variables kept in the engine's own maps rather than in the request's
 * attributes.
 * <p>
 * Thymeleaf's standard context for a web page ({@link WebEngineContext}) writes every
 * model variable, and every {@code th:each} or {@code th:with} variable, into the
 * request's attributes, and reads each expression's variables back from them: in Tomcat,
 * hash lookups in three maps for a name, and a removal, with its listeners, for every
 * local variable that goes out of scope. That was 5 % of the member home's CPU samples.
 * The context made here keeps them in plain maps, level by level, as Thymeleaf does for a
 * page rendered outside a request ({@link EngineContext}), and is still a web context
 * (links, forms' CSRF fields, {@code #request}, Spring Security's dialect).
 * <p>
 * What a page reads is unchanged. A name that is not a page variable is looked up where
 * the standard context would find it: {@code param}, {@code session} and
 * {@code application} are the standard context's own objects (asked of a standard context
 * made, without variables, only when a page names them), and any other name is the
 * request's attribute of that name ({@code _csrf}, the error page's attributes…). What
 * changes is only that the page's variables are no longer request attributes while it
 * renders; nothing in the application reads them there (Spring's form binding reads the
 * model it is given).
 */
final class PageContextFactory implements IEngineContextFactory {

	/** The names the standard web context answers itself. */
	private static final Set<String> WEB_NAMES = Set.of("param", "session", "application");

	private final IEngineContextFactory standard = new StandardEngineContextFactory();

	@Override
	public IEngineContext createEngineContext(IEngineConfiguration configuration, TemplateData templateData,
			@Nullable Map<String, Object> templateResolutionAttributes, IContext context) {
		if (!(context instanceof IWebContext web)) {
			return standard.createEngineContext(configuration, templateData, templateResolutionAttributes, context);
		}
		Set<String> names = context.getVariableNames();
		Map<String, Object> variables = new LinkedHashMap<>(names.size() + 1, 1.0f);
		for (String name : names) {
			variables.put(name, context.getVariable(name));
		}
		return new PageContext(configuration, templateData, templateResolutionAttributes, web.getExchange(),
				context.getLocale(), variables);
	}

	/** A page's engine context: variables in maps, other names from the request. */
	static final class PageContext extends EngineContext implements IWebContext {

		private final TemplateData templateData;

		private final IWebExchange exchange;

		private @Nullable WebEngineContext webNames;

		PageContext(IEngineConfiguration configuration, TemplateData templateData,
				@Nullable Map<String, Object> templateResolutionAttributes, IWebExchange exchange, Locale locale,
				Map<String, Object> variables) {
			super(configuration, templateData, templateResolutionAttributes, locale, variables);
			this.templateData = templateData;
			this.exchange = exchange;
		}

		@Override
		public IWebExchange getExchange() {
			return exchange;
		}

		@Override
		public boolean containsVariable(String name) {
			return super.containsVariable(name) || WEB_NAMES.contains(name) || exchange.containsAttribute(name);
		}

		@Override
		public @Nullable Object getVariable(String name) {
			Object value = super.getVariable(name);
			if (value != null || super.containsVariable(name)) {
				return value;
			}
			if (WEB_NAMES.contains(name)) {
				return webNames().getVariable(name);
			}
			return exchange.getAttributeValue(name);
		}

		@Override
		public Set<String> getVariableNames() {
			Set<String> names = new LinkedHashSet<>(super.getVariableNames());
			names.addAll(exchange.getAllAttributeNames());
			return names;
		}

		/** The standard context, without variables, for the names it answers itself. */
		private WebEngineContext webNames() {
			WebEngineContext names = webNames;
			if (names == null) {
				names = new WebEngineContext(getConfiguration(), templateData, getTemplateResolutionAttributes(),
						exchange, getLocale(), Map.of());
				webNames = names;
			}
			return names;
		}

	}

}
