package fr.integrance.platform;

/**
 * A keyed, deterministic digest of a sensitive value (HMAC-SHA256 through a Tink PRF
 * keyset), stored beside its encrypted column so that an exact lookup
 * ({@code WHERE nir_index = ?}) works without decrypting every row, while someone who
 * reads the database without the key cannot test guesses against it.
 * <p>
 * The caller normalises the value first (a NIR without spaces or dots, upper-case), since
 * only identical inputs give identical indexes. The scope (e.g. {@code "person.nir"})
 * separates domains: the same value under two scopes gives unrelated indexes, so two
 * columns cannot be joined on their index. The result is 128 bits as unpadded base64url
 * (22 characters).
 * <p>
 * The index key is not rotated: rotating it would change every stored index, which needs
 * a re-indexing job from the decrypted values; that is out of scope for now, and the
 * blind-index keyset must keep its primary key.
 */
public interface BlindIndex {

	/**
	 * The index of {@code normalisedValue} in {@code scope}; {@code null} gives
	 * {@code null}.
	 * @param scope a non-blank, stable name such as {@code "person.nir"}
	 */
	String of(String scope, String normalisedValue);

}
