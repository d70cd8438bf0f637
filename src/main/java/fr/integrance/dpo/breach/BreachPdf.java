package fr.integrance.dpo.breach;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.integrance.breaches.BreachClock;
import fr.integrance.breaches.BreachDetails;
import fr.integrance.breaches.BreachFacts;
import fr.integrance.platform.FrenchDates;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * One breach of the register as an A4 PDF: what the CNIL's notification form asks
 * (nature, facts, moments, data categories and numbers, consequences, measures, risk),
 * the 72-hour clock, the notification or the reasons for not notifying, the communication
 * or why it is not needed, and the history. Helvetica in WinAnsi (French accents, no font
 * to embed); a character it lacks is printed as « ? ». Text and lines only: no script, no
 * form field.
 */
@Component
@RequiredArgsConstructor
class BreachPdf {

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final float MARGIN = 50;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private static final float LABEL_WIDTH = 170;

	private final MessageSource messages;

	private final ProcessingRegister register;

	private final java.time.Clock clock;

	byte[] render(BreachDetails b, Locale locale) {
		Register current = register.current();
		BreachFacts f = b.facts();
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getDocumentInformation().setTitle(text(locale, "breaches.pdf.title", b.reference()));
			document.getDocumentInformation().setAuthor(current.controller().name());
			document.getDocumentCatalog().setLanguage("en".equals(locale.getLanguage()) ? "en" : "fr-FR");
			try (Lines lines = new Lines(document)) {
				lines.line(current.controller().name(), lines.bold, 10);
				lines.gap(4);
				lines.line(text(locale, "breaches.pdf.title", b.reference()), lines.bold, 18);
				lines.wrapped(f.title(), lines.regular, 12, MARGIN, WIDTH);
				lines.gap(4);
				lines.wrapped(text(locale, "breaches.pdf.printed", moment(clock.instant())), lines.regular, 8, MARGIN,
						WIDTH);

				lines.heading(text(locale, "breaches.section.clock"));
				BreachClock state = b.clock();
				lines.field(text(locale, "breaches.field.awareAt"), moment(f.awareAt()));
				lines.field(text(locale, "breaches.field.deadline"), moment(state.deadline()));
				lines.field(text(locale, "breaches.field.clock"),
						text(locale, "breaches.clock." + state.state(), state.hours(), state.minutes()));
				lines.field(text(locale, "breaches.field.status"), text(locale, "breaches.status." + b.status()));

				lines.heading(text(locale, "breaches.section.facts"));
				lines.field(text(locale, "breaches.field.natures"),
						f.natures()
							.stream()
							.sorted()
							.map(n -> text(locale, "breaches.nature." + n))
							.collect(Collectors.joining(", ")));
				lines.field(text(locale, "breaches.field.facts"), f.facts());
				lines.field(text(locale, "breaches.field.startedAt"), moment(f.startedAt()));
				lines.field(text(locale, "breaches.field.discovery"), f.discovery());

				lines.heading(text(locale, "breaches.section.scope"));
				lines.field(text(locale, "breaches.field.dataCategories"),
						f.dataCategories()
							.stream()
							.map(id -> current.dataCategory(id)
								.map(c -> Register.text(c.label(), c.labelEn(), locale))
								.orElse(id))
							.collect(Collectors.joining(", ")));
				lines.field(text(locale, "breaches.field.peopleCount"),
						f.peopleCount() == null ? null : text(locale, "breaches.count", f.peopleCount()));
				lines.field(text(locale, "breaches.field.recordsCount"),
						f.recordsCount() == null ? null : text(locale, "breaches.count", f.recordsCount()));
				lines.field(text(locale, "breaches.field.consequences"), f.consequences());
				lines.field(text(locale, "breaches.field.risk"), text(locale, "breaches.risk." + f.risk()));

				lines.heading(text(locale, "breaches.section.measures"));
				lines.field(text(locale, "breaches.field.measuresTaken"), f.measuresTaken());
				lines.field(text(locale, "breaches.field.measuresProposed"), f.measuresProposed());

				lines.heading(text(locale, "breaches.section.notification"));
				if (b.cnilNotifiedAt() != null) {
					lines.field(text(locale, "breaches.field.notifiedAt"), moment(b.cnilNotifiedAt()));
					lines.field(text(locale, "breaches.field.reference"), b.cnilReference());
				}
				else if (b.noNotificationReasons() != null) {
					lines.field(text(locale, "breaches.field.noNotification"), b.noNotificationReasons());
				}
				else {
					lines.field(text(locale, "breaches.field.notifiedAt"), text(locale, "breaches.undecided"));
				}

				lines.heading(text(locale, "breaches.section.communication"));
				if (b.peopleInformedOn() != null) {
					lines.field(text(locale, "breaches.field.informedOn"), day(b.peopleInformedOn()));
					lines.field(text(locale, "breaches.field.means"), b.peopleInformedMeans());
				}
				else if (b.noCommunicationReasons() != null) {
					lines.field(text(locale, "breaches.field.noCommunication"), b.noCommunicationReasons());
				}
				else {
					lines.field(text(locale, "breaches.field.informedOn"), text(locale, "breaches.undecided"));
				}

				lines.heading(text(locale, "breaches.section.history"));
				for (BreachDetails.Change change : b.history()) {
					lines.field(moment(change.at()),
							text(locale, "breaches.history." + change.action()) + " — " + change.actor());
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render the breach " + b.reference(), ex);
		}
	}

	private String text(Locale locale, String key, @Nullable Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static @Nullable String moment(@Nullable Instant instant) {
		return instant == null ? null : MOMENT.format(instant.atZone(FrenchDates.FRANCE));
	}

	private static @Nullable String day(@Nullable LocalDate date) {
		return date == null ? null : DAY.format(date);
	}

	/** Writes lines top to bottom, on a new page when the current one is full. */
	private static final class Lines implements AutoCloseable {

		final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

		final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

		private final PDDocument document;

		private @Nullable PDPageContentStream content;

		private float y;

		Lines(PDDocument document) throws IOException {
			this.document = document;
			page();
		}

		private PDPageContentStream page() throws IOException {
			if (content != null) {
				content.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDPageContentStream stream = new PDPageContentStream(document, page);
			content = stream;
			y = PDRectangle.A4.getHeight() - MARGIN;
			return stream;
		}

		private PDPageContentStream room(float height) throws IOException {
			PDPageContentStream stream = content;
			if (stream == null || y - height < MARGIN) {
				return page();
			}
			return stream;
		}

		void gap(float points) {
			y -= points;
		}

		void line(String text, PDType1Font font, float size) throws IOException {
			write(text, font, size, MARGIN);
		}

		void wrapped(String text, PDType1Font font, float size, float x, float width) throws IOException {
			for (String line : wrap(text, font, size, width)) {
				write(line, font, size, x);
			}
		}

		void heading(String title) throws IOException {
			room(48);
			y -= 12;
			write(title, bold, 12, MARGIN);
			PDPageContentStream stream = java.util.Objects.requireNonNull(content, "a page is open");
			stream.setLineWidth(0.6f);
			stream.moveTo(MARGIN, y - 3);
			stream.lineTo(MARGIN + WIDTH, y - 3);
			stream.stroke();
			y -= 6;
		}

		/** A label and its value beside it, wrapped; « — » when there is none. */
		void field(@Nullable String label, @Nullable String value) throws IOException {
			List<String> values = wrap(value == null || value.isBlank() ? "—" : value, regular, 9.5f,
					WIDTH - LABEL_WIDTH);
			List<String> labels = wrap(label == null ? "" : label, bold, 9.5f, LABEL_WIDTH - 8);
			int count = Math.max(values.size(), labels.size());
			y -= 3;
			for (int i = 0; i < count; i++) {
				PDPageContentStream stream = room(13);
				y -= 13;
				if (i < labels.size()) {
					show(stream, labels.get(i), bold, 9.5f, MARGIN);
				}
				if (i < values.size()) {
					show(stream, values.get(i), regular, 9.5f, MARGIN + LABEL_WIDTH);
				}
			}
		}

		private void write(String text, PDType1Font font, float size, float x) throws IOException {
			PDPageContentStream stream = room(size * 1.4f);
			y -= size * 1.4f;
			show(stream, text, font, size, x);
		}

		private void show(PDPageContentStream stream, String text, PDType1Font font, float size, float x)
				throws IOException {
			stream.beginText();
			stream.setFont(font, size);
			stream.newLineAtOffset(x, y);
			stream.showText(printable(text, font));
			stream.endText();
		}

		/**
		 * The words of {@code text} in lines no wider than {@code width}; paragraphs
		 * kept.
		 */
		private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
			List<String> lines = new ArrayList<>();
			for (String paragraph : text.split("\\R")) {
				StringBuilder line = new StringBuilder();
				for (String word : printable(paragraph, font).split(" ")) {
					String candidate = line.isEmpty() ? word : line + " " + word;
					if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
						lines.add(line.toString());
						line = new StringBuilder(word);
					}
					else {
						line = new StringBuilder(candidate);
					}
				}
				lines.add(line.toString());
			}
			return lines;
		}

		/**
		 * The text with what WinAnsi lacks replaced: spaces by spaces, the rest by « ? ».
		 */
		static String printable(String text, PDType1Font font) {
			StringBuilder out = new StringBuilder(text.length());
			text.codePoints().forEach(c -> {
				if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
					out.append(' ');
					return;
				}
				String one = new String(Character.toChars(c));
				try {
					font.encode(one);
					out.append(one);
				}
				catch (IOException | IllegalArgumentException e) {
					out.append('?');
				}
			});
			return out.toString();
		}

		@Override
		public void close() throws IOException {
			if (content != null) {
				content.close();
			}
		}

	}

}
