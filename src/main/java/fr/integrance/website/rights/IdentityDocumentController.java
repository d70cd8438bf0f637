package fr.integrance.website.rights;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import fr.integrance.platform.FileInspection;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.NotFoundException;
import fr.integrance.rights.IdentityDocuments;

/**
 * {@code /mes-droits/piece/{token}}: where a requester the mutual could not recognise
 * sends a copy of an identity document, through the single-use link staff mailed to them.
 * The file is checked as every file a person sends (its error in French beside the
 * field), then stored encrypted until staff checked it, and deleted then. An unknown or
 * used link is 404, an expired one 410.
 */
@Controller
@RequiredArgsConstructor
class IdentityDocumentController {

	static final String PATH = "/mes-droits/piece/{token}";

	static final String VIEW = "rights/piece";

	static final String SENT_VIEW = "rights/piece-envoyee";

	static final String EXPIRED_VIEW = "rights/piece-expiree";

	private final IdentityDocuments documents;

	private final FileInspection inspection;

	@GetMapping(PATH)
	String page(@PathVariable String token, Model model, HttpServletResponse response) {
		IdentityDocuments.State state = documents.state(token).orElseThrow(IdentityDocumentController::unknown);
		response.setHeader("Referrer-Policy", "no-referrer");
		return view(token, state, null, model, response);
	}

	@PostMapping(PATH)
	String send(@PathVariable String token,
			@RequestParam(name = "piece", required = false) @Nullable MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		response.setHeader("Referrer-Policy", "no-referrer");
		IdentityDocuments.State state = documents.state(token).orElseThrow(IdentityDocumentController::unknown);
		if (state != IdentityDocuments.State.OPEN) {
			return view(token, state, null, model, response);
		}
		if (file == null || file.isEmpty()) {
			return view(token, state, "rightsintake.document.error.required", model, response);
		}
		FileInspection.InspectedFile inspected;
		try {
			inspected = inspection.inspect(file.getOriginalFilename(), file.getBytes());
		}
		catch (FileRejectedException rejected) {
			return view(token, state,
					"intake.upload.error." + rejected.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'), model,
					response);
		}
		Optional<IdentityDocuments.State> outcome = documents.receive(token, inspected.mediaType(),
				new ByteArrayInputStream(inspected.content()));
		return view(token, outcome.orElseThrow(IdentityDocumentController::unknown), null, model, response);
	}

	private String view(String token, IdentityDocuments.State state, @Nullable String error, Model model,
			HttpServletResponse response) {
		switch (state) {
			case EXPIRED -> {
				response.setStatus(HttpStatus.GONE.value());
				return EXPIRED_VIEW;
			}
			case RECEIVED -> {
				return SENT_VIEW;
			}
			default -> {
				model.addAttribute("token", token);
				model.addAttribute("maxMegabytes", Math.max(1, inspection.maxFileBytes() / (1024 * 1024)));
				if (error != null) {
					model.addAttribute("fileError", error);
					response.setStatus(HttpStatus.BAD_REQUEST.value());
				}
				return VIEW;
			}
		}
	}

	private static NotFoundException unknown() {
		return new NotFoundException("Unknown identity document link");
	}

}
