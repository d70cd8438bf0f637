package fr.integrance.platform;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A page rendered while something it depends on finishes, and sent only once it has: the
 * person page is written while the journal commits its reading, and no byte of it leaves
 * before the reading is journaled.
 * <p>
 * The view renders into a buffer (the response's headers still go to the response), then
 * {@code release} runs: when it returns, the buffer is sent; when it throws, nothing of
 * the page is sent and the exception goes on as any failure of a page does (the error
 * page). Waiting here rather than before rendering lets the journal gather the readings
 * of the pages rendered meanwhile into one commit without lengthening any page
 * (BENCHMARKS.md, issue 19, sixth session).
 * <p>
 * Rendered, the page gives its place in the {@link Admission} to the next request before
 * it waits: waiting needs no core (what is left after it, sending the page and saving the
 * session, runs without a place), and while requests queue for a place the journal
 * gathers the readings of the pages admitted meanwhile with this one's.
 */
@Component
public class HeldPages {

	private final ObjectProvider<ThymeleafViewResolver> views;

	private final ObjectProvider<Admission> admission;

	private volatile @Nullable Admission resolved;

	HeldPages(ObjectProvider<ThymeleafViewResolver> views, ObjectProvider<Admission> admission) {
		this.views = views;
		this.admission = admission;
	}

	/**
	 * The template {@code viewName}, rendered, then held until {@code release} returns.
	 * @param release waits for what the page depends on; throws when it failed
	 */
	public View until(String viewName, Locale locale, Runnable release) {
		Objects.requireNonNull(release, "release");
		View view;
		try {
			view = views.getObject().resolveViewName(viewName, locale);
		}
		catch (Exception e) {
			throw new IllegalStateException("the view " + viewName + " could not be resolved", e);
		}
		if (view == null) {
			throw new IllegalStateException("no view named " + viewName);
		}
		return new Held(view, release, admission());
	}

	private Admission admission() {
		Admission known = resolved;
		if (known == null) {
			known = admission.getIfAvailable(() -> Admission.UNLIMITED);
			resolved = known;
		}
		return known;
	}

	private record Held(View view, Runnable release, Admission admission) implements View {

		@Override
		public @Nullable String getContentType() {
			return view.getContentType();
		}

		@Override
		public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			ContentCachingResponseWrapper buffer = new ContentCachingResponseWrapper(response);
			view.render(model, request, buffer);
			admission.stepAside();
			release.run();
			buffer.copyBodyToResponse();
		}

	}

}
