package fr.integrance.website.rights;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.integrance.platform.NotFoundException;
import fr.integrance.rights.AnswerArchives;

/**
 * {@code /mes-droits/copie/{token}}: the page where a person downloads the archive of an
 * access or portability answer, with the one-time code of the second e-mail. An unknown
 * token is 404; an expired link says so (410), as does a link locked after too many wrong
 * codes (429); a wrong code is shown beside the field with the attempts left. The archive
 * is streamed as an attachment (never rendered by the browser), without caching and
 * without a referrer.
 */
@Controller
@RequiredArgsConstructor
class ArchiveDownloadController {

	static final String PATH = "/mes-droits/copie/{token}";

	static final String VIEW = "rights/copie";

	static final String EXPIRED_VIEW = "rights/copie-expiree";

	static final String LOCKED_VIEW = "rights/copie-verrouillee";

	private final AnswerArchives downloads;

	@GetMapping(PATH)
	String page(@PathVariable String token, Model model, HttpServletResponse response) {
		AnswerArchives.Status outcome = downloads.state(token).orElseThrow(ArchiveDownloadController::unknown);
		response.setHeader("Referrer-Policy", "no-referrer");
		return view(token, outcome, null, model, response);
	}

	@PostMapping(PATH)
	@Nullable String download(@PathVariable String token, @RequestParam(name = "code", required = false) @Nullable String code,
			Model model, HttpServletResponse response) throws IOException {
		response.setHeader("Referrer-Policy", "no-referrer");
		String typed = code == null ? "" : code.strip();
		if (typed.isEmpty()) {
			AnswerArchives.Status outcome = downloads.state(token).orElseThrow(ArchiveDownloadController::unknown);
			return view(token, outcome, "rightsanswers.download.error.required", model, response);
		}
		AnswerArchives.Status outcome = downloads.attempt(token, typed).orElseThrow(ArchiveDownloadController::unknown);
		if (outcome.state() != AnswerArchives.State.OPEN) {
			return view(token, outcome, "rightsanswers.download.error.wrong", model, response);
		}
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(outcome.fileName()).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentLengthLong(outcome.size());
		try (InputStream in = downloads.open(outcome.archive())) {
			OutputStream out = response.getOutputStream();
			in.transferTo(out);
			out.flush();
		}
		return null;
	}

	private static String view(String token, AnswerArchives.Status outcome, @Nullable String error, Model model,
			HttpServletResponse response) {
		switch (outcome.state()) {
			case EXPIRED -> {
				response.setStatus(HttpStatus.GONE.value());
				return EXPIRED_VIEW;
			}
			case LOCKED -> {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				return LOCKED_VIEW;
			}
			default -> {
				model.addAttribute("token", token);
				model.addAttribute("attemptsLeft", outcome.attemptsLeft());
				Optional.ofNullable(error).ifPresent(key -> {
					model.addAttribute("codeError", key);
					response.setStatus(HttpStatus.BAD_REQUEST.value());
				});
				return VIEW;
			}
		}
	}

	private static NotFoundException unknown() {
		return new NotFoundException("Unknown archive link");
	}

}
