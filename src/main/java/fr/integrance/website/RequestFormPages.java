package fr.integrance.website;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.requests.Attachments;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.RequestPayload;
import fr.integrance.requests.RequestType;
import fr.integrance.requests.Requests;
import fr.integrance.requests.StoredAttachment;

/**
 * What every public request form shows beside its own fields: the summary of its errors
 * (with the file refused, if one was), the civilities, the files already kept and the
 * limits of the next ones, and the collection notice of its request type on the public
 * site; and the version of the privacy notice a request records.
 */
@Component
class RequestFormPages {

	private final Requests requests;

	private final Attachments attachments;

	private final CollectionNotices notices;

	private final ProcessingRegister register;

	private final MessageSource messages;

	RequestFormPages(Requests requests, Attachments attachments, CollectionNotices notices, ProcessingRegister register,
			MessageSource messages) {
		this.requests = requests;
		this.attachments = attachments;
		this.notices = notices;
		this.register = register;
		this.messages = messages;
	}

	/**
	 * @param formType the record of the form shown, whose fields order the error summary
	 * @param fileError the key of why a file was just refused, or null
	 */
	void prepare(Model model, Class<?> formType, Class<? extends RequestPayload> requestType,
			List<StoredAttachment> files, @Nullable String fileError, Locale locale) {
		List<ErrorLinks.ErrorLink> errorLinks = ErrorLinks.of(model, formType, messages, locale);
		model.addAttribute("errorLinks", errorLinks);
		model.addAttribute("hasErrors", !errorLinks.isEmpty() || fileError != null);
		model.addAttribute("civilities", SubscriptionForms.CIVILITIES);
		model.addAttribute("attachments", files);
		model.addAttribute("maxFileBytes", attachments.maxFileBytes());
		model.addAttribute("maxFiles", Attachments.MAX_FILES_PER_REQUEST);
		model.addAttribute("notice",
				notices.forPurpose(requests.purposeOf(RequestType.of(requestType), RequestChannel.WEBSITE), locale));
	}

	/** The version of the privacy notice in force, which a request records. */
	String noticeVersion() {
		return register.current().policy().version();
	}

}
