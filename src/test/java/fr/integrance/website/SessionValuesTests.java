package fr.integrance.website;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/**
 * A form's value kept by an earlier version of the site that no longer reads back (the
 * session store cannot deserialise it) is dropped: the visitor starts the form again.
 */
class SessionValuesTests {

	@Test
	void aDraftThatNoLongerReadsBackIsReplacedByAnEmptyOne() {
		HttpSession session = mock(HttpSession.class);
		given(session.getAttribute(SubscriptionDraft.SESSION_KEY))
			.willThrow(new IllegalStateException("cannot deserialise"));

		SubscriptionDraft draft = SubscriptionDraft.of(session);

		assertThat(draft.completed()).isEmpty();
		then(session).should().removeAttribute(SubscriptionDraft.SESSION_KEY);
		then(session).should().setAttribute(SubscriptionDraft.SESSION_KEY, draft);
	}

	@Test
	void aValueThatReadsBackIsKept() {
		MockHttpSession session = new MockHttpSession();
		SubscriptionDraft kept = SubscriptionDraft.of(session);

		assertThat(SubscriptionDraft.of(session)).isSameAs(kept);
		assertThat(SessionValues.read(session, "absent", String.class)).isNull();
	}

}
