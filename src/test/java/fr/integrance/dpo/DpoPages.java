package fr.integrance.dpo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;

import fr.integrance.testsupport.WebSession;

/** Reading the DPO console's pages in web tests. */
public final class DpoPages {

	private DpoPages() {
	}

	/** The page at {@code path}, which must answer 200. */
	public static Document page(WebSession session, String path) {
		return parse(session.get(path), 200);
	}

	/** The response, which must have {@code status}, as a document. */
	public static Document parse(MockHttpServletResponse response, int status) {
		assertThat(response.getStatus()).as("status").isEqualTo(status);
		try {
			return Jsoup.parse(response.getContentAsString());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
