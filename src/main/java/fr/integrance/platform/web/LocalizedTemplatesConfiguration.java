package fr.integrance.platform.web;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileCopyUtils;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.IThrottledTemplateProcessor;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.IContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;
import org.thymeleaf.templateresource.ITemplateResource;

import org.jspecify.annotations.Nullable;

/**
 * Pages parsed once per language, their fixed labels and links already written in
 * ({@link FixedTextInliner}), and rendered with their variables outside the request's
 * attributes ({@link PageContextFactory}).
 * <p>
 * Thymeleaf caches a parsed template under its name and its "template resolution
 * attributes". The views render through {@link LocaleKeyedTemplateEngine}, which gives
 * every page the request's locale as such an attribute: the layout and the fragments a
 * page inserts inherit it, so each template is parsed, and cached, once per language. The
 * application's template resolvers are wrapped so that, for an HTML template resolved
 * with a locale, the markup Thymeleaf parses is the one with the labels and links written
 * in. Templates processed without a locale (none of the views) are parsed as they are.
 */
@Configuration(proxyBeanMethods = false)
class LocalizedTemplatesConfiguration {

	/** The template resolution attribute that holds the page's locale. */
	static final String LOCALE_ATTRIBUTE = LocalizedTemplatesConfiguration.class.getName() + ".locale";

	@Bean
	static BeanPostProcessor localizedTemplates(ObjectProvider<MessageSource> messages,
			ObjectProvider<ResourceUrlProvider> staticFiles, ObjectProvider<ServletContext> servletContext) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					ServletContext application = servletContext.getIfAvailable();
					engine.setEngineContextFactory(new PageContextFactory());
					engine.setLinkBuilder(new StaticFilesLinkBuilder(
							application == null ? "" : application.getContextPath(), WebConfiguration.STATIC_FOLDERS));
					FixedTextInliner inliner = new FixedTextInliner(messages.getObject(),
							path -> link(path, staticFiles.getIfAvailable(), servletContext.getIfAvailable()));
					Set<ITemplateResolver> wrapped = new LinkedHashSet<>();
					engine.getTemplateResolvers()
						.forEach(resolver -> wrapped.add(new InliningTemplateResolver(resolver, inliner)));
					engine.setTemplateResolvers(wrapped);
				}
				if (bean instanceof ThymeleafViewResolver views
						&& !(views.getTemplateEngine() instanceof LocaleKeyedTemplateEngine)) {
					views.setTemplateEngine(new LocaleKeyedTemplateEngine(views.getTemplateEngine()));
				}
				return bean;
			}
		};
	}

	/**
	 * The address a page shows for the context-relative {@code path}: what Thymeleaf's
	 * link builder writes (the context path, then the path) after the static files' URL
	 * encoding (a file under a static folder by its content-hashed name); none without
	 * the static files' URL provider, the link is then left to Thymeleaf.
	 */
	static @Nullable String link(String path, @Nullable ResourceUrlProvider staticFiles,
			@Nullable ServletContext servletContext) {
		if (staticFiles == null) {
			return null;
		}
		int anchor = path.indexOf('#');
		String lookupPath = anchor < 0 ? path : path.substring(0, anchor);
		String resolved = staticFiles.getForLookupPath(lookupPath);
		return (servletContext == null ? "" : servletContext.getContextPath())
				+ (resolved == null ? lookupPath : resolved) + (anchor < 0 ? "" : path.substring(anchor));
	}

	/**
	 * The application's engine, processing every template named by a view with the
	 * context's locale as a template resolution attribute.
	 */
	static final class LocaleKeyedTemplateEngine implements ISpringTemplateEngine {

		private final ISpringTemplateEngine engine;

		LocaleKeyedTemplateEngine(ISpringTemplateEngine engine) {
			this.engine = engine;
		}

		private static TemplateSpec spec(String template, @Nullable Set<String> selectors, IContext context) {
			Locale locale = context.getLocale();
			return new TemplateSpec(template, selectors, (TemplateMode) null,
					locale == null ? null : Map.of(LOCALE_ATTRIBUTE, locale));
		}

		@Override
		public IEngineConfiguration getConfiguration() {
			return engine.getConfiguration();
		}

		@Override
		public void setTemplateEngineMessageSource(MessageSource templateEngineMessageSource) {
			engine.setTemplateEngineMessageSource(templateEngineMessageSource);
		}

		@Override
		public Collection<Class<?>> getAllowedClassOverridesForViews() {
			return engine.getAllowedClassOverridesForViews();
		}

		@Override
		public void setAllowedClassOverridesForViews(Collection<Class<?>> allowedClassOverridesForViews) {
			engine.setAllowedClassOverridesForViews(allowedClassOverridesForViews);
		}

		@Override
		public String process(String template, IContext context) {
			return engine.process(spec(template, null, context), context);
		}

		@Override
		public String process(String template, Set<String> templateSelectors, IContext context) {
			return engine.process(spec(template, templateSelectors, context), context);
		}

		@Override
		public String process(TemplateSpec templateSpec, IContext context) {
			return engine.process(templateSpec, context);
		}

		@Override
		public void process(String template, IContext context, Writer writer) {
			engine.process(spec(template, null, context), context, writer);
		}

		@Override
		public void process(String template, Set<String> templateSelectors, IContext context, Writer writer) {
			engine.process(spec(template, templateSelectors, context), context, writer);
		}

		@Override
		public void process(TemplateSpec templateSpec, IContext context, Writer writer) {
			engine.process(templateSpec, context, writer);
		}

		@Override
		public IThrottledTemplateProcessor processThrottled(String template, IContext context) {
			return engine.processThrottled(spec(template, null, context), context);
		}

		@Override
		public IThrottledTemplateProcessor processThrottled(String template, Set<String> templateSelectors,
				IContext context) {
			return engine.processThrottled(spec(template, templateSelectors, context), context);
		}

		@Override
		public IThrottledTemplateProcessor processThrottled(TemplateSpec templateSpec, IContext context) {
			return engine.processThrottled(templateSpec, context);
		}

	}

	/**
	 * A template resolver whose HTML templates, resolved with a locale, are read with
	 * their fixed labels written in.
	 */
	static final class InliningTemplateResolver implements ITemplateResolver {

		private final ITemplateResolver resolver;

		private final FixedTextInliner inliner;

		InliningTemplateResolver(ITemplateResolver resolver, FixedTextInliner inliner) {
			this.resolver = resolver;
			this.inliner = inliner;
		}

		@Override
		public String getName() {
			return resolver.getName();
		}

		@Override
		public Integer getOrder() {
			return resolver.getOrder();
		}

		@Override
		public @Nullable TemplateResolution resolveTemplate(IEngineConfiguration configuration,
				@Nullable String ownerTemplate, String template,
				@Nullable Map<String, Object> templateResolutionAttributes) {
			TemplateResolution resolution = resolver.resolveTemplate(configuration, ownerTemplate, template,
					templateResolutionAttributes);
			Object locale = templateResolutionAttributes == null ? null
					: templateResolutionAttributes.get(LOCALE_ATTRIBUTE);
			if (resolution == null || !(locale instanceof Locale language)
					|| resolution.getTemplateMode() != TemplateMode.HTML) {
				return resolution;
			}
			return new TemplateResolution(
					new InlinedTemplateResource(resolution.getTemplateResource(), inliner, language),
					resolution.isTemplateResourceExistenceVerified(), resolution.getTemplateMode(),
					resolution.getUseDecoupledLogic(), resolution.getValidity());
		}

	}

	/** A template's markup, read with its fixed labels written in one language. */
	static final class InlinedTemplateResource implements ITemplateResource {

		private final ITemplateResource resource;

		private final FixedTextInliner inliner;

		private final Locale locale;

		InlinedTemplateResource(ITemplateResource resource, FixedTextInliner inliner, Locale locale) {
			this.resource = resource;
			this.inliner = inliner;
			this.locale = locale;
		}

		@Override
		public String getDescription() {
			return resource.getDescription();
		}

		@Override
		public String getBaseName() {
			return resource.getBaseName();
		}

		@Override
		public boolean exists() {
			return resource.exists();
		}

		@Override
		public Reader reader() throws IOException {
			String markup;
			try (Reader reader = resource.reader()) {
				markup = FileCopyUtils.copyToString(reader);
			}
			return new StringReader(inliner.inline(markup, locale));
		}

		@Override
		public ITemplateResource relative(String relativeLocation) {
			return resource.relative(relativeLocation);
		}

	}

}
