package fr.integrance.statistics.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.NotPersonalData;

/**
 * A row of {@code page_view_daily}: how many times a page was viewed on one day (UTC).
 */
@Entity
@Table(name = "page_view_daily")
class PageViewDailyEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@NotPersonalData
	private @Nullable Long id;

	@Column(name = "view_day", nullable = false)
	@NotPersonalData
	private LocalDate viewDay;

	@Column(name = "page_path", nullable = false, length = 255)
	@NotPersonalData("the route pattern of the page")
	private String pagePath;

	@Column(name = "views", nullable = false)
	@NotPersonalData("an aggregated count")
	private long views;

	protected PageViewDailyEntity() {
	}

	PageViewDailyEntity(LocalDate viewDay, String pagePath, long views) {
		this.viewDay = viewDay;
		this.pagePath = pagePath;
		this.views = views;
	}

	LocalDate viewDay() {
		return viewDay;
	}

	String pagePath() {
		return pagePath;
	}

	long views() {
		return views;
	}

}
