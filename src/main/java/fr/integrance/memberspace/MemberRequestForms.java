package fr.integrance.memberspace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The forms of the member's requests pages; their files travel apart. */
final class MemberRequestForms {

	/** Longest answer or request text. */
	static final int MAX_TEXT = 5000;

	private MemberRequestForms() {
	}

	/** An answer in the thread of one of the member's cases. */
	record Answer(@NotBlank(message = "{memberrequests.error.body.required}") @Size(max = MAX_TEXT,
			message = "{memberrequests.error.body.too-long}") @Nullable String body) {

		static Answer empty() {
			return new Answer("");
		}

		@Override
		public String toString() {
			return "Answer[…]";
		}
	}

	/** A new request (sollicitation) written by the member. */
	record NewRequest(
			@NotBlank(message = "{memberrequests.error.subject.required}") @Size(max = 150,
					message = "{memberrequests.error.subject.too-long}") @Nullable String subject,
			@NotBlank(message = "{memberrequests.error.message.required}") @Size(max = MAX_TEXT,
					message = "{memberrequests.error.message.too-long}") @Nullable String message) {

		static NewRequest empty() {
			return new NewRequest("", "");
		}

		@Override
		public String toString() {
			return "NewRequest[…]";
		}
	}

}
