package fr.integrance.audit.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import fr.integrance.audit.JournalCheckpoint;
import fr.integrance.audit.JournalCheckpoints;

/**
 * The default {@link JournalCheckpoints}: one line per checkpoint appended to a file
 * ({@code app.audit.checkpoints.file}), each forced to disk before the call returns. Only
 * the end of the file is read back, so that it may grow for years.
 */
@Component
@ConditionalOnProperty(name = "app.audit.checkpoints.store", havingValue = "file", matchIfMissing = true)
class FileJournalCheckpoints implements JournalCheckpoints {

	/** More than enough to hold the last line (about 200 bytes). */
	private static final int TAIL_BYTES = 4096;

	private final Path file;

	FileJournalCheckpoints(
			@Value("${app.audit.checkpoints.file:${app.data-dir}/audit/journal-checkpoints.log}") Path file) {
		this.file = file;
	}

	@Override
	public synchronized void append(JournalCheckpoint checkpoint) {
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.APPEND)) {
				ByteBuffer bytes = ByteBuffer.wrap((checkpoint.toLine() + "\n").getBytes(StandardCharsets.US_ASCII));
				while (bytes.hasRemaining()) {
					channel.write(bytes);
				}
				channel.force(true);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not append the journal checkpoint to " + file, ex);
		}
	}

	@Override
	public synchronized Optional<JournalCheckpoint> latest() {
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
			long length = raf.length();
			int size = (int) Math.min(length, TAIL_BYTES);
			byte[] tail = new byte[size];
			raf.seek(length - size);
			raf.readFully(tail);
			String[] lines = new String(tail, StandardCharsets.US_ASCII).split("\n");
			for (int i = lines.length - 1; i >= 0; i--) {
				if (!lines[i].isBlank()) {
					try {
						return Optional.of(JournalCheckpoint.parse(lines[i]));
					}
					catch (IllegalArgumentException ex) {
						throw new IllegalStateException("the last line of " + file + " is not a journal checkpoint");
					}
				}
			}
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the journal checkpoints in " + file, ex);
		}
	}

	/** Where the checkpoints are kept. */
	Path file() {
		return file;
	}

	@Override
	public String toString() {
		return "FileJournalCheckpoints[" + file + "]";
	}

}
