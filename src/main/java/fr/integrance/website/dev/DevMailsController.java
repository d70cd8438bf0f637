package fr.integrance.website.dev;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import com.icegreen.greenmail.util.GreenMail;

import fr.integrance.platform.NotFoundException;

/**
 * Embedded profile only: the e-mails the embedded SMTP server (notification's
 * {@code EmbeddedSmtpConfiguration}) received, newest first, with the links they carry,
 * so that a newcomer can follow an activation link. Never in {@code prod} (neither the
 * SMTP server nor the developer tools exist there). An index that names no mail answers
 * the 404 page.
 * <p>
 * Only for a browser on this machine: a request from any other address (the remote
 * address of the connection, never a forwarded header) gets the 404 page, as if the page
 * did not exist, since the mails carry invitation and password-reset links.
 */
@Controller
@ConditionalOnProperty(prefix = "app", name = { "dev-tools.enabled", "mail.embedded-smtp.enabled" },
		havingValue = "true")
@RequiredArgsConstructor
class DevMailsController {

	static final String LIST_VIEW = "dev/mails";
	static final String DETAIL_VIEW = "dev/mail";

	private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

	private final GreenMail smtp;

	/** Runs before every handler of this controller. */
	@ModelAttribute
	void onlyFromThisMachine(HttpServletRequest request) {
		if (!isLoopback(request.getRemoteAddr())) {
			throw new NotFoundException("developer mails asked from another machine");
		}
	}

	private static java.util.Date sentAt(MimeMessage message) {
		try {
			java.util.Date sent = message.getSentDate();
			return sent == null ? new java.util.Date(0) : sent;
		}
		catch (MessagingException e) {
			return new java.util.Date(0);
		}
	}

	private static String messageId(MimeMessage message) {
		try {
			String id = message.getMessageID();
			return id == null ? "" : id;
		}
		catch (MessagingException e) {
			return "";
		}
	}

	static boolean isLoopback(String remoteAddress) {
		return remoteAddress.equals("127.0.0.1") || remoteAddress.equals("::1")
				|| remoteAddress.equals("0:0:0:0:0:0:0:1");
	}

	private final java.util.Map<String, Integer> numbers = new java.util.HashMap<>();

	@GetMapping("/dev/mails")
	String list(Model model) throws MessagingException {
		model.addAttribute("mails", mails());
		return LIST_VIEW;
	}

	@GetMapping("/dev/mails/{index}")
	String show(@PathVariable int index, Model model) throws MessagingException {
		List<MailView> mails = mails();
		MailView mail = mails.stream()
			.filter(candidate -> candidate.index() == index)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("no captured mail " + index));
		model.addAttribute("mail", mail);
		return DETAIL_VIEW;
	}

	/**
	 * The captured mails, each numbered once, when first seen, in the order they were
	 * sent: the SMTP server gives them mailbox after mailbox, an order that changes when
	 * a new recipient gets a first mail, and a number must keep naming the same mail
	 * while more arrive.
	 */
	private synchronized List<MailView> mails() throws MessagingException {
		List<MimeMessage> received = new ArrayList<>(List.of(smtp.getReceivedMessages()));
		received.sort(Comparator.comparing(DevMailsController::sentAt).thenComparing(DevMailsController::messageId));
		List<MailView> views = new ArrayList<>();
		for (MimeMessage message : received) {
			String id = messageId(message);
			Integer number = numbers.computeIfAbsent(id.isEmpty() ? "identity:" + System.identityHashCode(message) : id,
					key -> numbers.size());
			views.add(MailView.of(number, message));
		}
		views.sort(Comparator.comparingInt(MailView::index).reversed());
		return views;
	}

	/**
	 * One captured e-mail as the page shows it: headers, plain text and the links found
	 * in it.
	 */
	record MailView(int index, String from, String to, String subject, java.util.Date sentAt, String text,
			List<String> links) {

		static MailView of(int index, MimeMessage message) throws MessagingException {
			String text;
			try {
				text = textOf(message);
			}
			catch (java.io.IOException ex) {
				text = "";
			}
			List<String> links = new ArrayList<>();
			Matcher matcher = LINK.matcher(text);
			while (matcher.find()) {
				if (!links.contains(matcher.group())) {
					links.add(matcher.group());
				}
			}
			return new MailView(index, join(message.getFrom()), join(message.getAllRecipients()), message.getSubject(),
					message.getSentDate(), text, links);
		}

		private static String join(Address[] addresses) {
			return addresses == null ? "" : String.join(", ", Arrays.stream(addresses).map(Address::toString).toList());
		}

		/**
		 * The plain-text part when there is one, else the HTML part with its tags
		 * removed.
		 */
		private static String textOf(Part part) throws MessagingException, java.io.IOException {
			if (part.isMimeType("text/plain")) {
				return String.valueOf(part.getContent());
			}
			if (part.isMimeType("text/html")) {
				return String.valueOf(part.getContent()).replaceAll("(?s)<[^>]*>", " ").replaceAll("[ \\t]+", " ");
			}
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				String html = null;
				for (int i = 0; i < multipart.getCount(); i++) {
					Part child = multipart.getBodyPart(i);
					if (child.isMimeType("text/plain")) {
						return String.valueOf(child.getContent());
					}
					String candidate = textOf(child);
					if (html == null && !candidate.isBlank()) {
						html = candidate;
					}
				}
				return html == null ? "" : html;
			}
			return "";
		}
	}

}
