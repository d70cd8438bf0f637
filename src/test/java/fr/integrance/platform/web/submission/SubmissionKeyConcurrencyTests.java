package fr.integrance.platform.web.submission;

import static fr.integrance.platform.web.submission.SubmissionKeyFormsTests.contact;
import static fr.integrance.platform.web.submission.SubmissionKeyFormsTests.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import fr.integrance.platform.web.submission.SubmissionKeyStore.KeyRow;
import fr.integrance.platform.web.submission.Visitor.Form;
import fr.integrance.requests.Requests;

/**
 * Two posts of one key at the same moment, from two sessions: the second waits while the
 * first is inside its handler, then gets its answer; one case, and both confirmations
 * show it. The overlap is forced, not hoped for: the first post is held inside
 * {@link Requests#submit} until the second is seen waiting on the key. Run on H2 and in
 * the PostgreSQL suite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.servlet.session.cookie.secure=false")
@Tag("integration")
class SubmissionKeyConcurrencyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@MockitoSpyBean
	Requests requests;

	@MockitoSpyBean
	SubmissionKeyStore store;

	@Test
	void twoPostsOfOneKeyAtOnceMakeOneCaseThatBothAnswersShow() throws Exception {
		CountDownLatch firstInside = new CountDownLatch(1);
		CountDownLatch secondWaiting = new CountDownLatch(1);
		CountDownLatch letFirstGo = new CountDownLatch(1);
		doAnswer(call -> {
			firstInside.countDown();
			assertThat(letFirstGo.await(30, TimeUnit.SECONDS)).isTrue();
			return call.callRealMethod();
		}).when(requests).submit(any(), any());
		doAnswer(call -> {
			Optional<?> row = (Optional<?>) call.callRealMethod();
			if (row.isPresent() && !((KeyRow) row.get()).done() && firstInside.getCount() == 0) {
				secondWaiting.countDown();
			}
			return row;
		}).when(store).find(any(), any());
		Visitor first = new Visitor(port);
		Visitor second = new Visitor(port);
		Form firstForm = first.form("/contact", "/contact");
		Form secondForm = second.form("/contact", "/contact").withKey(firstForm.key());
		Map<String, String> values = contact("deux.onglets@example.fr");
		ExecutorService posts = Executors.newFixedThreadPool(2);
		try {
			Future<HttpResponse<String>> firstAnswer = posts.submit(() -> first.post(firstForm, values));
			assertThat(firstInside.await(30, TimeUnit.SECONDS)).as("first post inside its handler").isTrue();
			Future<HttpResponse<String>> secondAnswer = posts.submit(() -> second.post(secondForm, values));
			assertThat(secondWaiting.await(30, TimeUnit.SECONDS)).as("second post waiting on the key").isTrue();
			letFirstGo.countDown();

			String reference = reference(first.follow(firstAnswer.get(60, TimeUnit.SECONDS)));
			HttpResponse<String> replayed = secondAnswer.get(60, TimeUnit.SECONDS);
			assertThat(replayed.headers().firstValue(SubmissionKeyFilter.REPLAYED_HEADER)).hasValue("true");
			assertThat(reference(second.follow(replayed))).isEqualTo(reference);
		}
		finally {
			letFirstGo.countDown();
			posts.shutdownNow();
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM request_case WHERE submitter_email = ?", Integer.class,
				"deux.onglets@example.fr"))
			.isEqualTo(1);
	}

}
