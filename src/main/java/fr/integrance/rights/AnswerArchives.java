package fr.integrance.rights;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * The archives of access and portability answers as the public download page
 * ({@code /mes-droits/copie/{token}}, website channel) reaches them: by the token of the
 * link, opened with the one-time code of the second e-mail. Every code typed and every
 * download is journaled; too many wrong codes lock the link; an expired archive is
 * crypto-shredded.
 */
public interface AnswerArchives {

	/** Where a link stands. */
	enum State {

		/** Valid, waiting for its code. */
		READY,
		/** The code typed was wrong; attempts are left. */
		WRONG,
		/** Too many wrong codes: the link no longer opens the archive. */
		LOCKED,
		/** Past its expiry, or shredded. */
		EXPIRED,
		/** The right code: the archive may be streamed. */
		OPEN

	}

	/**
	 * @param archive the archive's id, to {@link #open} it once {@link State#OPEN}
	 * @param fileName the name to download it under
	 * @param size its size in bytes
	 * @param attemptsLeft wrong codes still allowed
	 */
	record Status(State state, UUID archive, String fileName, long size, int attemptsLeft) {
	}

	/** The state of a link; empty for an unknown token. */
	Optional<Status> state(String token);

	/** Checks a typed code (a wrong one counted); empty for an unknown token. */
	Optional<Status> attempt(String token, String code);

	/**
	 * Opens the plain content of an archive whose code was just checked
	 * ({@link State#OPEN}); the caller closes the stream.
	 */
	InputStream open(UUID archive);

}
