package fr.integrance.requests;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.Civility;

/**
 * A sollicitation from the public site: a question or request from a member or a
 * prospect. Accepting it answers it (internal package {@code solicitation}).
 *
 * @param subject what it is about (a short line)
 * @param message the question itself
 * @param contact who to answer
 * @param noticeVersion the version of the privacy notice shown with the form
 * @param attachmentIds stored attachments to attach to the case
 * @param language the language of the form, used to answer in it
 */
@RequestPayload.TypeName("SOLICITATION")
public record Solicitation(@Nullable String subject, @Nullable String message, Contact contact,
		@Nullable String noticeVersion, List<AttachmentId> attachmentIds, String language) implements RequestPayload {

	public Solicitation {
		Objects.requireNonNull(contact, "contact");
		attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
		language = language == null ? "fr" : language;
	}

	@Override
	public String submitterName() {
		return contact.firstName() + " " + contact.lastName();
	}

	@Override
	public @Nullable String submitterEmail() {
		return contact.email();
	}

	/**
	 * Contact details; {@code civility} optional, {@code memberNumber} only for members
	 * who know it.
	 */
	public record Contact(@Nullable Civility civility, @Nullable String lastName, @Nullable String firstName,
			@Nullable String email, @Nullable String phone, @Nullable String memberNumber) {

		@Override
		public String toString() {
			return "Contact[****]";
		}
	}

	@Override
	public String toString() {
		return "Solicitation[" + attachmentIds.size() + " attachment(s)]";
	}
}
