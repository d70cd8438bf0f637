package fr.integrance.rights.internal.fulfilment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.context.ApplicationContext;

import fr.integrance.notification.OutboxDelivery;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.rights.RightsRequestId;

/** Helpers of the fulfilment tests: orders, letters as text, mails, zips. */
final class Answers {

	private Answers() {
	}

	static String unique(String name) {
		return name + "-" + UUID.randomUUID() + "@example.fr";
	}

	static FulfilmentOrder order(String right, String scope, DataSubjectRef subject, String email, Locale language,
			String staffNote) {
		RightsRequestId id = RightsRequestId.random();
		String reference = "DDR-2026-" + String.format("%06d", Math.floorMod(id.value().hashCode(), 1_000_000));
		return new FulfilmentOrder(id, reference, right, scope, subject, "Alice Martin", email, language,
				Instant.parse("2026-11-20T09:00:00Z"), staffNote, null);
	}

	static FulfilmentOrder order(String right, String scope, DataSubjectRef subject, String email) {
		return order(right, scope, subject, email, Locale.FRENCH, null);
	}

	static String letter(Fulfilments fulfilments, RightsRequestId request) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			fulfilments.writeLetter(request, out);
			try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
				return normalise(new PDFTextStripper().getText(pdf));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String pdfText(byte[] bytes) {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			return normalise(new PDFTextStripper().getText(pdf));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Lines joined by spaces, so that a sentence wrapped over two lines is found. */
	static String normalise(String text) {
		return text.replaceAll("\\s+", " ");
	}

	static List<OutboxDelivery.QueuedMail> mails(ApplicationContext context, String email) {
		return OutboxDelivery.mailsTo(context, email);
	}

	/** The download link's path in the notice. */
	static String link(String text) {
		Matcher matcher = Pattern.compile("(/mes-droits/copie/[A-Za-z0-9_-]+)").matcher(text);
		if (!matcher.find()) {
			throw new AssertionError("No download link in the mail");
		}
		return matcher.group(1);
	}

	/** The one-time code in the second mail. */
	static String code(String text) {
		Matcher matcher = Pattern.compile("\\b(\\d{4} \\d{4})\\b").matcher(text);
		if (!matcher.find()) {
			throw new AssertionError("No code in the mail");
		}
		return matcher.group(1);
	}

	static Map<String, byte[]> unzip(byte[] zip) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

}
