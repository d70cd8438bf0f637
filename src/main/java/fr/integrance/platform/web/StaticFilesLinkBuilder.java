package fr.integrance.platform.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Thymeleaf's link builder, with the response's URL encoding kept for the static files
 * only.
 *
 * <p>
 * The standard builder passes every link of a page through {@code encodeURL} of the
 * response, that is through each response wrapper of the filter chain (a dozen: security,
 * session, headers, compression…) down to Tomcat. Only one of them changes a link: the
 * static files' URL encoding, which gives a file under a static folder its content-hashed
 * name ({@code /css/app-<hash>.css}). Tomcat would add a session id only with URL session
 * tracking, which is switched off ({@code server.servlet.session.tracking-modes=cookie});
 * and the session lives in Spring Session, which never rewrites URLs. So a link outside
 * the static folders ({@code /gestion/personnes/…}, most of a back-office page's dynamic
 * links) is written as it is, and the context path of a page is the application's, read
 * once (not asked of the request through its dozen wrappers).
 */
final class StaticFilesLinkBuilder extends StandardLinkBuilder {

	private final String contextPath;

	private final String[] staticPrefixes;

	/**
	 * @param contextPath the application's context path ({@code ""} at the root)
	 * @param staticFolders the folders served as static files ({@code css}, {@code js}…)
	 */
	StaticFilesLinkBuilder(String contextPath, List<String> staticFolders) {
		this.contextPath = contextPath;
		this.staticPrefixes = staticFolders.stream()
			.map(folder -> contextPath + "/" + folder + "/")
			.toArray(String[]::new);
	}

	@Override
	protected String computeContextPath(IExpressionContext context, String base,
			@Nullable Map<String, Object> parameters) {
		return context instanceof IWebContext ? contextPath : super.computeContextPath(context, base, parameters);
	}

	@Override
	protected String processLink(IExpressionContext context, String link) {
		for (String prefix : staticPrefixes) {
			if (link.startsWith(prefix)) {
				return super.processLink(context, link);
			}
		}
		return link;
	}

}
