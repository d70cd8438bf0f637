package fr.integrance.dpo.requests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.FileInspection;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.FrenchDates;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.rights.ReceivedRightsRequest;
import fr.integrance.rights.RightsChannel;
import fr.integrance.rights.RightsDesk;
import fr.integrance.rights.RightsRequestSubmission;

/**
 * {@code /dpo/demandes/nouvelle}: a letter or a forwarded e-mail registered by staff,
 * with the scan of the letter when there is one (checked as every file a person sends,
 * then encrypted in the document store). The identity is then checked as for a request
 * from the public form.
 */
@Controller
@RequiredArgsConstructor
class NewRightsRequestController {

	static final String VIEW = "dpo/requests/new";

	private static final Pattern MEMBER_NUMBER = Pattern.compile("[0-9 .\\u00A0-]{0,20}");

	private final RightsDesk desk;

	private final ProcessingRegister register;

	private final FileInspection inspection;

	private final Clock clock;

	@ModelAttribute("audience")
	String audience() {
		return "dpo";
	}

	/** What staff typed, kept when something is wrong. */
	record Form(@Nullable String channel, @Nullable String rightId, @Nullable String scope, @Nullable String firstName,
			@Nullable String lastName, @Nullable String email, @Nullable String memberNumber,
			@Nullable String birthDate, @Nullable String language, @Nullable String message) {

		static Form empty() {
			return new Form("PAPER", null, RightsRequestSubmission.ALL_PROCESSING, null, null, null, null, null, "fr",
					null);
		}
	}

	@GetMapping("/dpo/demandes/nouvelle")
	String form(Model model, Locale locale) {
		return render(Form.empty(), Map.of(), model, locale);
	}

	@PostMapping("/dpo/demandes/nouvelle")
	String register(@RequestParam(name = "channel", required = false) @Nullable String channel,
			@RequestParam(name = "rightId", required = false) @Nullable String rightId,
			@RequestParam(name = "scope", required = false) @Nullable String scope,
			@RequestParam(name = "firstName", required = false) @Nullable String firstName,
			@RequestParam(name = "lastName", required = false) @Nullable String lastName,
			@RequestParam(name = "email", required = false) @Nullable String email,
			@RequestParam(name = "memberNumber", required = false) @Nullable String memberNumber,
			@RequestParam(name = "birthDate", required = false) @Nullable String birthDate,
			@RequestParam(name = "language", required = false) @Nullable String language,
			@RequestParam(name = "message", required = false) @Nullable String message,
			@RequestParam(name = "scan", required = false) @Nullable MultipartFile scan, AuthenticatedUser user,
			Model model, Locale locale, RedirectAttributes redirect) throws IOException {
		Form form = new Form(line(channel), line(rightId), line(scope), line(firstName), line(lastName), line(email),
				line(memberNumber), line(birthDate), line(language), message == null ? null : message.strip());
		Register current = register.current();
		Map<String, String> errors = new LinkedHashMap<>();
		RightsChannel door = RightsQueueController.parse(RightsChannel.class, form.channel());
		if (door != RightsChannel.PAPER && door != RightsChannel.EMAIL) {
			errors.put("channel", "rightsdesk.error.channel.required");
		}
		if (form.rightId() == null || current.right(form.rightId()).isEmpty()) {
			errors.put("rightId", "rightsdesk.error.right.required");
		}
		if (form.scope() == null || !RightsRequestSubmission.ALL_PROCESSING.equals(form.scope())
				&& current.purposes().stream().noneMatch(p -> p.id().equals(form.scope()))) {
			errors.put("scope", "rightsdesk.error.scope.required");
		}
		if (form.firstName() == null || form.firstName().length() > 100) {
			errors.put("firstName", "rightsdesk.error.first-name.required");
		}
		if (form.lastName() == null || form.lastName().length() > 100) {
			errors.put("lastName", "rightsdesk.error.last-name.required");
		}
		String address = null;
		try {
			address = form.email() == null ? null : EmailAddress.of(form.email()).value();
		}
		catch (IllegalArgumentException invalid) {
			address = null;
		}
		if (address == null) {
			errors.put("email", "rightsdesk.error.email.required");
		}
		if (form.memberNumber() != null && !MEMBER_NUMBER.matcher(form.memberNumber()).matches()) {
			errors.put("memberNumber", "rightsdesk.error.member-number.invalid");
		}
		LocalDate born = null;
		if (form.birthDate() != null) {
			try {
				born = LocalDate.parse(form.birthDate());
				if (born.getYear() < 1900 || born.isAfter(FrenchDates.today(clock))) {
					errors.put("birthDate", "rightsdesk.error.birth-date.invalid");
				}
			}
			catch (DateTimeParseException invalid) {
				errors.put("birthDate", "rightsdesk.error.birth-date.invalid");
			}
		}
		if (form.message() != null && form.message().length() > 4000) {
			errors.put("message", "rightsdesk.error.message.too-long");
		}
		RightsDesk.Scan stored = null;
		if (scan != null && !scan.isEmpty()) {
			try {
				FileInspection.InspectedFile file = inspection.inspect(scan.getOriginalFilename(), scan.getBytes());
				stored = new RightsDesk.Scan(file.mediaType(), new ByteArrayInputStream(file.content()));
			}
			catch (FileRejectedException rejected) {
				errors.put("scan",
						"intake.upload.error." + rejected.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
			}
		}
		if (!errors.isEmpty() || door == null || address == null) {
			return render(form, errors, model, locale);
		}
		String lang = "en".equals(form.language()) ? "en" : "fr";
		ReceivedRightsRequest received = desk.register(
				new RightsRequestSubmission(Objects.requireNonNull(form.rightId()),
						Objects.requireNonNull(form.scope()), form.message(), Objects.requireNonNull(form.firstName()),
						Objects.requireNonNull(form.lastName()), address, form.memberNumber(), lang, born),
				door, user.accountId().value(), stored);
		redirect.addFlashAttribute("done", "rightsdesk.done.registered");
		redirect.addFlashAttribute("doneArg", received.reference());
		return "redirect:/dpo/demandes/" + received.id();
	}

	private String render(Form form, Map<String, String> errors, Model model, Locale locale) {
		Register current = register.current();
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("rights", RightsQueueController.RightLabels.of(current, locale));
		model.addAttribute("purposes", current.purposes()
			.stream()
			.map(p -> new RightsQueueController.RightLabels(p.id(), Register.text(p.label(), p.labelEn(), locale)))
			.toList());
		model.addAttribute("maxBytes", inspection.maxFileBytes());
		return VIEW;
	}

	private static @Nullable String line(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.strip();
	}

}
