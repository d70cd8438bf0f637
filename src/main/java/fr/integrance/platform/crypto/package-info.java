/**
 * Field encryption with Google Tink: the keysets (read, generated, rotated), the AEAD and
 * blind-index implementations and the re-encryption job. Internal to the platform module;
 * other modules use the types at the top of {@code fr.integrance.platform}.
 */
@org.jspecify.annotations.NullMarked
package fr.integrance.platform.crypto;
