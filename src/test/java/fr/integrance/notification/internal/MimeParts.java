package fr.integrance.notification.internal;

import java.io.IOException;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reads the plain-text and HTML alternatives out of a received message. */
public final class MimeParts {

	private MimeParts() {
	}

	public static String text(Part part) throws MessagingException, IOException {
		return find(part, "text/plain");
	}

	public static String html(Part part) throws MessagingException, IOException {
		return find(part, "text/html");
	}

	private static String find(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type)) {
			return String.valueOf(part.getContent());
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String found = find(child, type);
				if (!found.isEmpty()) {
					return found;
				}
			}
		}
		return "";
	}

}
