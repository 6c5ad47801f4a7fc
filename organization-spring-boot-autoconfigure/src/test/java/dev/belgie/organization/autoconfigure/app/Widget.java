package dev.belgie.organization.autoconfigure.app;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entity of a test application, beside the starter's. */
@Entity
@Table(name = "app_widget")
public class Widget {

	@Id
	private Long id;

	private String name;

	protected Widget() {
	}

	public Widget(Long id, String name) {
		this.id = id;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

}
