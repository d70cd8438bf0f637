package fr.integrance.platform.files;

import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.FileRejection;

/**
 * Walks the structure of a JPEG or PNG without decoding a pixel: the dimensions come from
 * the header (SOF segment, IHDR chunk) and are checked against the limits, and the file
 * must end where the image ends (only zero padding may follow the JPEG end marker or the
 * PNG IEND chunk), so that nothing rides behind the image.
 */
final class ImageHeaders {

	private final long maxPixels;

	private final int maxSide;

	ImageHeaders(long maxPixels, int maxSide) {
		this.maxPixels = maxPixels;
		this.maxSide = maxSide;
	}

	void checkPng(byte[] png) throws FileRejectedException {
		int at = 8;
		boolean header = false;
		while (true) {
			if (at + 12 > png.length) {
				throw new FileRejectedException(FileRejection.UNREADABLE);
			}
			long length = readInt(png, at) & 0xFFFFFFFFL;
			String type = new String(png, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
			if (length > png.length - at - 12L) {
				throw new FileRejectedException(FileRejection.UNREADABLE);
			}
			if (!header) {
				if (!"IHDR".equals(type) || length < 8) {
					throw new FileRejectedException(FileRejection.UNREADABLE);
				}
				checkDimensions(readInt(png, at + 8) & 0xFFFFFFFFL, readInt(png, at + 12) & 0xFFFFFFFFL);
				header = true;
			}
			at += 12 + (int) length;
			if ("IEND".equals(type)) {
				checkNothingAfter(png, at);
				return;
			}
		}
	}

	void checkJpeg(byte[] jpeg) throws FileRejectedException {
		int at = 2;
		boolean sized = false;
		while (true) {
			// markers may be preceded by fill bytes 0xFF
			while (at < jpeg.length && (jpeg[at] & 0xFF) == 0xFF && at + 1 < jpeg.length
					&& (jpeg[at + 1] & 0xFF) == 0xFF) {
				at++;
			}
			if (at + 2 > jpeg.length || (jpeg[at] & 0xFF) != 0xFF) {
				throw new FileRejectedException(FileRejection.UNREADABLE);
			}
			int marker = jpeg[at + 1] & 0xFF;
			at += 2;
			if (marker == 0xD9) {
				if (!sized) {
					throw new FileRejectedException(FileRejection.UNREADABLE);
				}
				checkNothingAfter(jpeg, at);
				return;
			}
			if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
				continue;
			}
			if (at + 2 > jpeg.length) {
				throw new FileRejectedException(FileRejection.UNREADABLE);
			}
			int length = ((jpeg[at] & 0xFF) << 8) | (jpeg[at + 1] & 0xFF);
			if (length < 2 || at + length > jpeg.length) {
				throw new FileRejectedException(FileRejection.UNREADABLE);
			}
			if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
				if (length < 7) {
					throw new FileRejectedException(FileRejection.UNREADABLE);
				}
				int height = ((jpeg[at + 3] & 0xFF) << 8) | (jpeg[at + 4] & 0xFF);
				int width = ((jpeg[at + 5] & 0xFF) << 8) | (jpeg[at + 6] & 0xFF);
				checkDimensions(width, height);
				sized = true;
			}
			at += length;
			if (marker == 0xDA) {
				at = endOfEntropyCodedData(jpeg, at);
			}
		}
	}

	/** The index of the next marker after scan data (0xFF not followed by 0 or RSTn). */
	private static int endOfEntropyCodedData(byte[] jpeg, int from) throws FileRejectedException {
		for (int i = from; i + 1 < jpeg.length; i++) {
			if ((jpeg[i] & 0xFF) == 0xFF) {
				int next = jpeg[i + 1] & 0xFF;
				if (next != 0x00 && next != 0xFF && (next < 0xD0 || next > 0xD7)) {
					return i;
				}
			}
		}
		throw new FileRejectedException(FileRejection.UNREADABLE);
	}

	private void checkDimensions(long width, long height) throws FileRejectedException {
		if (width == 0 || height == 0) {
			throw new FileRejectedException(FileRejection.UNREADABLE);
		}
		if (width > maxSide || height > maxSide || width * height > maxPixels) {
			throw new FileRejectedException(FileRejection.TOO_MANY_PIXELS);
		}
	}

	private static void checkNothingAfter(byte[] content, int end) throws FileRejectedException {
		for (int i = end; i < content.length; i++) {
			if (content[i] != 0) {
				throw new FileRejectedException(FileRejection.HIDDEN_CONTENT);
			}
		}
	}

	private static int readInt(byte[] bytes, int at) {
		return ((bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8)
				| (bytes[at + 3] & 0xFF);
	}

}
