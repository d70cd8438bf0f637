package fr.integrance.statistics.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.hibernate.annotations.Immutable;

import fr.integrance.platform.NotPersonalData;

/** A row of {@code page_view_event}: one page view, with no identifier of any kind. */
@Entity
@Immutable
@Table(name = "page_view_event")
class PageViewEventEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@NotPersonalData
	private @Nullable Long id;

	@Column(name = "page_path", nullable = false, length = 255)
	@NotPersonalData("the route pattern of the page, never a value taken from the URL")
	private String pagePath;

	@Column(name = "viewed_at", nullable = false)
	@NotPersonalData("a time alone, attached to no visitor")
	private Instant viewedAt;

	protected PageViewEventEntity() {
	}

	PageViewEventEntity(String pagePath, Instant viewedAt) {
		this.pagePath = pagePath;
		this.viewedAt = viewedAt;
	}

}
