package fr.integrance.dpo.retention;

import lombok.Data;

import org.jspecify.annotations.Nullable;

/**
 * The form that places a legal hold: whom (a person id or an e-mail address), why, until
 * when (empty: until lifted). Kept as typed when refused.
 */
@Data
public class HoldForm {

	private @Nullable String subject;

	private @Nullable String reason;

	private @Nullable String endsOn;

}
