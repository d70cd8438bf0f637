package fr.integrance.platform.web;

import java.io.IOException;
import java.util.Enumeration;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.jspecify.annotations.Nullable;

/**
 * The last filter before the controllers but the static files' URL filter (whose wrapper
 * passes attribute reads straight on): it hands them a request whose attributes are read
 * and written in one call, instead of one call per wrapper the filters before it put
 * around the request (the session's, the security's, the firewall's… a dozen).
 * <p>
 * A page reads request attributes hundreds of times: every variable a template shows is
 * one (Thymeleaf keeps a page's model in them), and so are Spring MVC's own bookkeeping
 * reads. Each went down the whole chain of wrappers: 7.5 % of the person page's CPU
 * samples (issue 19).
 * <p>
 * Only the wrappers that pass the four attribute methods through unchanged (those of
 * {@link ServletRequestWrapper} itself) are skipped: the attributes go to the first
 * request of the chain that defines them otherwise, the container's own request in
 * practice, or a forward's or an error page's wrapper, which answers some attributes
 * itself. So every attribute a page reads or writes is the one it would have got through
 * the chain. Every other method still goes through every wrapper.
 */
final class DirectAttributesFilter implements Filter {

	/**
	 * Whether a wrapper class leaves the four attribute methods to the request it wraps.
	 */
	private static final ClassValue<Boolean> PASSES_ATTRIBUTES_THROUGH = new ClassValue<>() {
		@Override
		protected Boolean computeValue(Class<?> type) {
			try {
				return type.getMethod("getAttribute", String.class).getDeclaringClass() == ServletRequestWrapper.class
						&& type.getMethod("getAttributeNames").getDeclaringClass() == ServletRequestWrapper.class
						&& type.getMethod("setAttribute", String.class, Object.class)
							.getDeclaringClass() == ServletRequestWrapper.class
						&& type.getMethod("removeAttribute", String.class)
							.getDeclaringClass() == ServletRequestWrapper.class;
			}
			catch (NoSuchMethodException impossible) {
				return false;
			}
		}
	};

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		ServletRequest holder = attributeHolder(request);
		if (holder != request && request instanceof HttpServletRequest http) {
			chain.doFilter(new DirectAttributesRequest(http, holder), response);
		}
		else {
			chain.doFilter(request, response);
		}
	}

	/**
	 * The request that answers {@code request}'s attributes: the first one down its chain
	 * of wrappers that is not a wrapper passing them through.
	 */
	static ServletRequest attributeHolder(ServletRequest request) {
		ServletRequest current = request;
		while (current instanceof ServletRequestWrapper wrapper && PASSES_ATTRIBUTES_THROUGH.get(wrapper.getClass())) {
			current = wrapper.getRequest();
		}
		return current;
	}

	/** The request as the filters made it, its attributes straight from their holder. */
	static final class DirectAttributesRequest extends HttpServletRequestWrapper {

		private final ServletRequest holder;

		DirectAttributesRequest(HttpServletRequest request, ServletRequest holder) {
			super(request);
			this.holder = holder;
		}

		@Override
		public @Nullable Object getAttribute(String name) {
			return holder.getAttribute(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			return holder.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, @Nullable Object value) {
			holder.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			holder.removeAttribute(name);
		}

	}

}
