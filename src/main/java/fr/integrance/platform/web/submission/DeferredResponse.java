package fr.integrance.platform.web.submission;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

import org.jspecify.annotations.Nullable;

/**
 * Holds back a keyed post's answer (its body and its redirect) until the answer is
 * recorded: a person is told "sent" only once the key says so, so that a retry after a
 * crash finds either the recorded answer or a claim that can be run again. Errors go
 * through at once (they record nothing).
 */
final class DeferredResponse extends ContentCachingResponseWrapper {

	private @Nullable String redirect;

	private int redirectStatus = HttpServletResponse.SC_FOUND;

	DeferredResponse(HttpServletResponse response) {
		super(response);
	}

	@Override
	public void sendRedirect(String location) {
		sendRedirect(location, HttpServletResponse.SC_FOUND, true);
	}

	@Override
	public void sendRedirect(String location, boolean clearBuffer) {
		sendRedirect(location, HttpServletResponse.SC_FOUND, clearBuffer);
	}

	@Override
	public void sendRedirect(String location, int status) {
		sendRedirect(location, status, true);
	}

	@Override
	public void sendRedirect(String location, int status, boolean clearBuffer) {
		this.redirect = location;
		this.redirectStatus = status;
	}

	int answeredStatus() {
		return redirect != null ? redirectStatus : getStatus();
	}

	/** Where the answer sends the person: a redirect's target, or a Location header. */
	@Nullable String location() {
		return redirect != null ? redirect : getHeader(HttpHeaders.LOCATION);
	}

	/** Sends the answer held back. */
	void send() throws IOException {
		if (redirect != null) {
			resetBuffer();
			HttpServletResponse response = (HttpServletResponse) getResponse();
			if (redirectStatus == HttpServletResponse.SC_FOUND) {
				response.sendRedirect(redirect);
			}
			else {
				response.sendRedirect(redirect, redirectStatus, true);
			}
			return;
		}
		copyBodyToResponse();
	}

}
