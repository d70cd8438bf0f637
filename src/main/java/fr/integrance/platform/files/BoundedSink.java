package fr.integrance.platform.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Where decoded bytes go while only their count matters: a shared budget of bytes, spent
 * by every stream of one file; past it the next write fails, so that a decompression bomb
 * stops at the budget instead of filling the memory. Keeps the bytes only when asked (the
 * input of the next filter of a chain), within the same budget.
 */
final class BoundedSink {

	private final long budget;

	private long spent;

	private boolean exceeded;

	BoundedSink(long budget) {
		this.budget = budget;
	}

	boolean exceeded() {
		return exceeded;
	}

	long spent() {
		return spent;
	}

	void spend(long bytes) throws IOException {
		spent += bytes;
		if (spent > budget) {
			exceeded = true;
			throw new IOException("Decompressed size over " + budget + " bytes");
		}
	}

	/** A stream that counts and forgets. */
	OutputStream counting() {
		return new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				spend(1);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				spend(len);
			}
		};
	}

	/** A stream that counts and keeps (the budget bounds what it keeps). */
	ByteArrayOutputStream keeping() {
		return new ByteArrayOutputStream() {
			@Override
			public synchronized void write(int b) {
				spendUnchecked(1);
				super.write(b);
			}

			@Override
			public synchronized void write(byte[] b, int off, int len) {
				spendUnchecked(len);
				super.write(b, off, len);
			}
		};
	}

	private void spendUnchecked(long bytes) {
		try {
			spend(bytes);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
