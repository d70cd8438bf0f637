package fr.integrance.website;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

import fr.integrance.platform.FileInspection;
import fr.integrance.platform.FileRejection;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.requests.AttachmentId;
import fr.integrance.requests.Attachments;
import fr.integrance.requests.FieldProblem;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.RequestPayload;
import fr.integrance.requests.RequestType;
import fr.integrance.requests.Requests;
import fr.integrance.requests.StoredAttachment;

/**
 * What every public request form shows beside its own fields: the summary of its errors
 * (with the file refused, if one was), the civilities, the files already kept and the
 * limits of the next ones, and the collection notice of its request type on the public
 * site; the files sent with a form, kept and taken back, and the rules of the request as
 * typed so far; and the version of the privacy notice a request records.
 */
@Component
@RequiredArgsConstructor
class RequestFormPages {

	private final Requests requests;

	private final Attachments attachments;

	private final CollectionNotices notices;

	private final ProcessingRegister register;

	private final MessageSource messages;

	private final FileInspection inspection;

	/** The key shown when a form with files failed: they must be chosen again. */
	static final String CHOOSE_AGAIN = "intake.upload.error.choose-again";

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

	/**
	 * Stores a file sent with a form as the next of {@code files}, and adds it there.
	 * @throws FileRejectedException when the file is refused (its reason is the message
	 * to show)
	 */
	void keep(MultipartFile file, List<StoredAttachment> files) throws FileRejectedException {
		try {
			files.add(attachments.store(file.getOriginalFilename(), file.getBytes(), files.size()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The files of a file field that were actually chosen (a browser sends an empty part
	 * for an empty field).
	 */
	static List<MultipartFile> chosen(@Nullable List<MultipartFile> files) {
		return files == null ? List.of()
				: files.stream()
					.filter(file -> !file.isEmpty()
							|| (file.getOriginalFilename() != null && !file.getOriginalFilename().isEmpty()))
					.toList();
	}

	/**
	 * Inspects files without storing them (platform {@link FileInspection}).
	 * @return the message key of why the first refused file was refused, or null when all
	 * pass
	 */
	@Nullable String inspectAll(List<MultipartFile> files) {
		if (files.size() > Attachments.MAX_FILES_PER_REQUEST) {
			return UploadMessages.keyOf(FileRejection.TOO_MANY_FILES);
		}
		for (MultipartFile file : files) {
			try {
				inspection.inspect(file.getOriginalFilename(), file.getBytes());
			}
			catch (FileRejectedException ex) {
				return UploadMessages.keyOf(ex.reason());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return null;
	}

	/** Removes files stored for a submission that was then refused. */
	void discard(List<StoredAttachment> files) {
		files.forEach(file -> attachments.discardPending(file.id()));
	}

	/** Takes a file back: out of {@code files}, and out of the store. */
	void takeBack(AttachmentId id, List<StoredAttachment> files) {
		files.removeIf(file -> {
			boolean match = file.id().equals(id);
			if (match) {
				attachments.discardPending(id);
			}
			return match;
		});
	}

	/** The rules of its type the request as typed so far breaks. */
	List<FieldProblem> problems(RequestPayload request) {
		return requests.check(request);
	}

	/** The version of the privacy notice in force, which a request records. */
	String noticeVersion() {
		return register.current().policy().version();
	}

}
