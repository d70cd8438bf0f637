package fr.integrance.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.thymeleaf.spring6.view.ThymeleafView;

import org.jspecify.annotations.Nullable;

/**
 * A page view whose finished page is encoded to bytes in one call and written to the
 * response's byte stream.
 * <p>
 * Thymeleaf renders a page into a string (partial output is off) and writes it to the
 * response's writer in one call. The container's writer copies the string's characters
 * into its buffer and encodes them a buffer at a time through a {@code CharsetEncoder}:
 * 6.5 % of the person page's CPU samples for its 9 KB (issue 19). Here the view writes to
 * a response whose writer encodes what it is given with {@link String#getBytes(Charset)}
 * in the response's encoding, which the JDK does in one pass over the string's own bytes,
 * and hands the bytes to the response's stream. Every other method of the response is the
 * response's own.
 */
public class EncodedPageView extends ThymeleafView {

	@Override
	public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		super.render(model, request, new EncodingResponse(response));
	}

	/**
	 * The response seen by the view: its writer encodes each write in one call. The
	 * underlying response's byte stream is taken at the first write, so that a view that
	 * fails before writing leaves the response as it found it.
	 */
	static final class EncodingResponse extends HttpServletResponseWrapper {

		private @Nullable PrintWriter writer;

		EncodingResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			PrintWriter current = this.writer;
			if (current == null) {
				current = new PrintWriter(new EncodingWriter((HttpServletResponse) getResponse()), false);
				this.writer = current;
			}
			return current;
		}

	}

	/**
	 * A writer that encodes each string or run of characters it is given in one call, in
	 * the response's character encoding as it stands at the first write. A high surrogate
	 * that ends a write waits for the low one that begins the next.
	 */
	static final class EncodingWriter extends Writer {

		private final HttpServletResponse response;

		private @Nullable OutputStream out;

		private Charset charset = StandardCharsets.UTF_8;

		private @Nullable String pendingHighSurrogate;

		EncodingWriter(HttpServletResponse response) {
			this.response = response;
		}

		private OutputStream out() throws IOException {
			OutputStream current = this.out;
			if (current == null) {
				this.charset = Charset.forName(this.response.getCharacterEncoding());
				current = this.response.getOutputStream();
				this.out = current;
			}
			return current;
		}

		private void encode(String text) throws IOException {
			OutputStream stream = out();
			String pending = this.pendingHighSurrogate;
			String whole = (pending == null) ? text : pending + text;
			this.pendingHighSurrogate = null;
			int length = whole.length();
			if (length > 0 && Character.isHighSurrogate(whole.charAt(length - 1))) {
				this.pendingHighSurrogate = whole.substring(length - 1);
				whole = whole.substring(0, length - 1);
			}
			if (!whole.isEmpty()) {
				stream.write(whole.getBytes(this.charset));
			}
		}

		@Override
		public void write(String text, int offset, int length) throws IOException {
			encode((offset == 0 && length == text.length()) ? text : text.substring(offset, offset + length));
		}

		@Override
		public void write(char[] characters, int offset, int length) throws IOException {
			encode(new String(characters, offset, length));
		}

		@Override
		public void write(int character) throws IOException {
			encode(String.valueOf((char) character));
		}

		@Override
		public void flush() throws IOException {
			out().flush();
		}

		@Override
		public void close() throws IOException {
			OutputStream stream = out();
			String pending = this.pendingHighSurrogate;
			if (pending != null) {
				// a high surrogate left alone: written as the encoder writes it, replaced
				this.pendingHighSurrogate = null;
				stream.write(pending.getBytes(this.charset));
			}
			stream.close();
		}

	}

}
