package fr.integrance.breaches.internal;

import fr.integrance.breaches.BreachClock;
import fr.integrance.breaches.BreachFacts;
import fr.integrance.breaches.BreachId;
import fr.integrance.breaches.BreachNature;
import fr.integrance.breaches.BreachStatus;
import fr.integrance.breaches.RiskLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.VersionedRecord;

/**
 * A breach of the register. Not personal data, field by field: a breach is described by
 * categories of data and approximate counts (Art. 33(3)(a)), never by the people it
 * concerns, who are identified in the systems breached, not here. The free texts (facts,
 * consequences, measures, reasons) are written by the DPO about an incident; the form
 * asks, beside each of them, not to name or otherwise identify anyone, and the register's
 * export of one person's data has nothing to find here. The accounts that recorded and
 * changed it are technical ids of staff accounts.
 */
@Entity
@Table(name = "dpo_breach")
class BreachEntity extends VersionedRecord {

	private static final String FREE_TEXT = "about an incident, by categories and counts: the form asks not to identify anyone";

	@NotPersonalData("the register's number, VIO-yyyy-nnnn")
	@Column(name = "reference")
	private String reference;

	@NotPersonalData(FREE_TEXT)
	@Column(name = "title")
	private String title;

	@NotPersonalData("kinds of breach, comma separated")
	@Column(name = "natures")
	private String natures;

	@NotPersonalData(FREE_TEXT)
	@Column(name = "facts")
	private String facts;

	@NotPersonalData
	@Column(name = "started_at")
	private @Nullable Instant startedAt;

	@NotPersonalData(FREE_TEXT)
	@Column(name = "discovery")
	private @Nullable String discovery;

	@NotPersonalData
	@Column(name = "aware_at")
	private Instant awareAt;

	@NotPersonalData
	@Column(name = "deadline_at")
	private Instant deadlineAt;

	@NotPersonalData("ids of the register's data categories, comma separated")
	@Column(name = "data_categories")
	private String dataCategories;

	@NotPersonalData("an approximate count")
	@Column(name = "people_count")
	private @Nullable Integer peopleCount;

	@NotPersonalData("an approximate count")
	@Column(name = "records_count")
	private @Nullable Integer recordsCount;

	@NotPersonalData(FREE_TEXT)
	@Column(name = "consequences")
	private @Nullable String consequences;

	@NotPersonalData(FREE_TEXT)
	@Column(name = "measures_taken")
	private @Nullable String measuresTaken;

	@NotPersonalData(FREE_TEXT)
	@Column(name = "measures_proposed")
	private @Nullable String measuresProposed;

	@NotPersonalData
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "risk")
	private RiskLevel risk;

	@NotPersonalData
	@Column(name = "cnil_notified_at")
	private @Nullable Instant cnilNotifiedAt;

	@NotPersonalData("the CNIL's number of the notification")
	@Column(name = "cnil_reference")
	private @Nullable String cnilReference;

	@NotPersonalData(FREE_TEXT)
	@Column(name = "no_notification_reasons")
	private @Nullable String noNotificationReasons;

	@NotPersonalData
	@Column(name = "people_informed_on")
	private @Nullable LocalDate peopleInformedOn;

	@NotPersonalData(FREE_TEXT)
	@Column(name = "people_informed_means")
	private @Nullable String peopleInformedMeans;

	@NotPersonalData(FREE_TEXT)
	@Column(name = "no_communication_reasons")
	private @Nullable String noCommunicationReasons;

	@NotPersonalData
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "status")
	private BreachStatus status;

	@NotPersonalData
	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@NotPersonalData("technical id of the DPO's account")
	@Column(name = "recorded_by")
	private UUID recordedBy;

	@NotPersonalData("technical id of the DPO's account")
	@Column(name = "updated_by")
	private UUID updatedBy;

	@NotPersonalData
	@Column(name = "updated_at")
	private Instant updatedAt;

	protected BreachEntity() {
	}

	BreachEntity(UUID id, String reference, BreachFacts facts, UUID actor, Instant now) {
		super(id, now);
		this.reference = reference;
		this.status = BreachStatus.OPEN;
		this.recordedBy = actor;
		this.title = facts.title();
		this.natures = join(facts.natures());
		this.facts = facts.facts();
		this.startedAt = facts.startedAt();
		this.discovery = facts.discovery();
		this.awareAt = facts.awareAt();
		this.deadlineAt = BreachClock.deadline(facts.awareAt());
		this.dataCategories = String.join(",", facts.dataCategories());
		this.peopleCount = facts.peopleCount();
		this.recordsCount = facts.recordsCount();
		this.consequences = facts.consequences();
		this.measuresTaken = facts.measuresTaken();
		this.measuresProposed = facts.measuresProposed();
		this.risk = facts.risk();
		this.updatedBy = actor;
		this.updatedAt = now;
	}

	/** Sets the description; answers the names of the fields that changed. */
	List<String> describe(BreachFacts given, UUID actor, Instant now) {
		List<String> changed = new java.util.ArrayList<>();
		changed(changed, "title", title, given.title());
		changed(changed, "natures", natures, join(given.natures()));
		changed(changed, "facts", facts, given.facts());
		changed(changed, "startedAt", startedAt, given.startedAt());
		changed(changed, "discovery", discovery, given.discovery());
		changed(changed, "awareAt", awareAt, given.awareAt());
		changed(changed, "dataCategories", dataCategories, String.join(",", given.dataCategories()));
		changed(changed, "peopleCount", peopleCount, given.peopleCount());
		changed(changed, "recordsCount", recordsCount, given.recordsCount());
		changed(changed, "consequences", consequences, given.consequences());
		changed(changed, "measuresTaken", measuresTaken, given.measuresTaken());
		changed(changed, "measuresProposed", measuresProposed, given.measuresProposed());
		changed(changed, "risk", risk, given.risk());
		title = given.title();
		natures = join(given.natures());
		facts = given.facts();
		startedAt = given.startedAt();
		discovery = given.discovery();
		awareAt = given.awareAt();
		deadlineAt = BreachClock.deadline(given.awareAt());
		dataCategories = String.join(",", given.dataCategories());
		peopleCount = given.peopleCount();
		recordsCount = given.recordsCount();
		consequences = given.consequences();
		measuresTaken = given.measuresTaken();
		measuresProposed = given.measuresProposed();
		risk = given.risk();
		touch(actor, now);
		return changed;
	}

	void notified(Instant at, String cnilReference, UUID actor, Instant now) {
		this.cnilNotifiedAt = at;
		this.cnilReference = cnilReference;
		this.noNotificationReasons = null;
		touch(actor, now);
	}

	void notNotified(String reasons, UUID actor, Instant now) {
		this.cnilNotifiedAt = null;
		this.cnilReference = null;
		this.noNotificationReasons = reasons;
		touch(actor, now);
	}

	void peopleInformed(LocalDate on, String means, UUID actor, Instant now) {
		this.peopleInformedOn = on;
		this.peopleInformedMeans = means;
		this.noCommunicationReasons = null;
		touch(actor, now);
	}

	void peopleNotInformed(String reasons, UUID actor, Instant now) {
		this.peopleInformedOn = null;
		this.peopleInformedMeans = null;
		this.noCommunicationReasons = reasons;
		touch(actor, now);
	}

	void close(UUID actor, Instant now) {
		this.status = BreachStatus.CLOSED;
		this.closedAt = now;
		touch(actor, now);
	}

	void reopen(UUID actor, Instant now) {
		this.status = BreachStatus.OPEN;
		this.closedAt = null;
		touch(actor, now);
	}

	private void touch(UUID actor, Instant now) {
		this.updatedBy = actor;
		this.updatedAt = now;
	}

	private static void changed(List<String> changed, String name, @Nullable Object before, @Nullable Object after) {
		if (before == null ? after != null : !before.equals(after)) {
			changed.add(name);
		}
	}

	private static String join(Set<BreachNature> natures) {
		return natures.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	BreachId breachId() {
		return new BreachId(id());
	}

	String reference() {
		return reference;
	}

	BreachFacts facts() {
		Set<BreachNature> kinds = EnumSet.noneOf(BreachNature.class);
		Arrays.stream(natures.split(",")).filter(s -> !s.isBlank()).map(BreachNature::valueOf).forEach(kinds::add);
		List<String> categories = Arrays.stream(dataCategories.split(",")).filter(s -> !s.isBlank()).toList();
		return new BreachFacts(title, kinds, facts, startedAt, discovery, awareAt, categories, peopleCount,
				recordsCount, consequences, measuresTaken, measuresProposed, risk);
	}

	Instant deadlineAt() {
		return deadlineAt;
	}

	@Nullable Instant cnilNotifiedAt() {
		return cnilNotifiedAt;
	}

	@Nullable String cnilReference() {
		return cnilReference;
	}

	@Nullable String noNotificationReasons() {
		return noNotificationReasons;
	}

	@Nullable LocalDate peopleInformedOn() {
		return peopleInformedOn;
	}

	@Nullable String peopleInformedMeans() {
		return peopleInformedMeans;
	}

	@Nullable String noCommunicationReasons() {
		return noCommunicationReasons;
	}

	BreachStatus status() {
		return status;
	}

	@Nullable Instant closedAt() {
		return closedAt;
	}

	UUID recordedBy() {
		return recordedBy;
	}

	UUID updatedBy() {
		return updatedBy;
	}

	Instant updatedAt() {
		return updatedAt;
	}

}
