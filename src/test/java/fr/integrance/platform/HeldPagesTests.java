package fr.integrance.platform;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A held page leaves nothing before its release has returned, and nothing at all when the
 * release fails.
 */
class HeldPagesTests {

	private final AtomicBoolean released = new AtomicBoolean();

	/**
	 * Writes the page and flushes it, as a template engine may, noting what was released
	 * then.
	 */
	private final View page = new View() {
		@Override
		public @Nullable String getContentType() {
			return "text/html;charset=UTF-8";
		}

		@Override
		public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			response.setContentType("text/html;charset=UTF-8");
			response.setHeader("X-Written-Before-Release", String.valueOf(released.get()));
			steps.add("rendered");
			response.getWriter().write("<p>Dupont, né le 3 mars 1961</p>");
			response.getWriter().flush();
			response.flushBuffer();
		}
	};

	/** What the page did, in order: rendered, stepped aside, released. */
	private final List<String> steps = new CopyOnWriteArrayList<>();

	private final Admission admission = new Admission() {
		@Override
		public boolean crowded() {
			return true;
		}

		@Override
		public boolean stepAside() {
			steps.add("stepped aside, released " + released.get());
			return true;
		}

		@Override
		public boolean steppedAside() {
			return !steps.isEmpty();
		}
	};

	private ObjectProvider<Admission> admissionProvider() {
		@SuppressWarnings("unchecked")
		ObjectProvider<Admission> provider = mock(ObjectProvider.class);
		when(provider.getIfAvailable(any())).thenReturn(admission);
		return provider;
	}

	private HeldPages heldPages() throws Exception {
		ThymeleafViewResolver resolver = mock(ThymeleafViewResolver.class);
		when(resolver.resolveViewName(eq("backoffice/people/person"), any(Locale.class))).thenReturn(page);
		@SuppressWarnings("unchecked")
		ObjectProvider<ThymeleafViewResolver> provider = mock(ObjectProvider.class);
		when(provider.getObject()).thenReturn(resolver);
		return new HeldPages(provider, admissionProvider());
	}

	@Test
	void thePageIsSentOnlyOnceReleasedAndWhole() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		View held = heldPages().until("backoffice/people/person", Locale.FRANCE, () -> {
			assertThat(response.isCommitted()).as("nothing sent before the release").isFalse();
			assertThat(response.getContentAsByteArray()).isEmpty();
			released.set(true);
		});

		held.render(Map.of(), new MockHttpServletRequest(), response);

		assertThat(released).isTrue();
		assertThat(response.getHeader("X-Written-Before-Release")).isEqualTo("false");
		assertThat(response.getContentAsString()).isEqualTo("<p>Dupont, né le 3 mars 1961</p>");
		assertThat(response.getContentType()).startsWith("text/html");
	}

	@Test
	void rendered_thePageGivesItsPlaceToTheNextRequestBeforeItWaits() throws Exception {
		View held = heldPages().until("backoffice/people/person", Locale.FRANCE, () -> released.set(true));

		held.render(Map.of(), new MockHttpServletRequest(), new MockHttpServletResponse());

		assertThat(steps).containsExactly("rendered", "stepped aside, released false");
	}

	@Test
	void aFailedReleaseSendsNothingOfThePage() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		View held = heldPages().until("backoffice/people/person", Locale.FRANCE, () -> {
			throw new IllegalStateException("the audit entry could not be written");
		});

		assertThatThrownBy(() -> held.render(Map.of(), new MockHttpServletRequest(), response))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("audit entry");
		assertThat(response.isCommitted()).isFalse();
		assertThat(response.getContentAsByteArray()).isEmpty();
	}

	@Test
	void anUnknownViewIsAnError() throws Exception {
		assertThatThrownBy(() -> heldPages().until("nowhere", Locale.FRANCE, () -> {
		})).isInstanceOf(IllegalStateException.class).hasMessageContaining("nowhere");
	}

}
