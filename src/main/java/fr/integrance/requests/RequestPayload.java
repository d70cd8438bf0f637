package fr.integrance.requests;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a request carries, one record per request type, stored with its case as JSON and
 * read back as the record its case's {@link RequestType} names ({@link TypeName}).
 * Sealed: a new request type is a new record in the {@code permits} clause (see the
 * README, « Adding a request type »). Every payload says who sent it, in which language
 * to answer them and which stored files go with it; its other fields are its type's own.
 */
public sealed interface RequestPayload permits SubscriptionRequest, Solicitation, GuardianAdhesion, GuardianChange,
		DependantAddition, DependantRemoval {

	/** The sender's name as they gave it, e.g. {@code Minh Nguyễn}. */
	String submitterName();

	/** Where the case's mails go. */
	@Nullable String submitterEmail();

	/** The language of the form ({@code fr}, {@code en}), used to answer in it. */
	String language();

	/** Files stored beforehand ({@link Attachments}) that go with the request. */
	List<AttachmentId> attachmentIds();

	default RequestType type() {
		return RequestType.of(getClass());
	}

	/**
	 * The name of the request type a payload record is: what a case stores in its
	 * {@code request_type} column and the suffix of the type's message keys. Never
	 * changed once cases of that type exist.
	 */
	@Documented
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.TYPE)
	@interface TypeName {

		/** Upper-case letters and underscores, at most 32 characters. */
		String value();

	}

}
