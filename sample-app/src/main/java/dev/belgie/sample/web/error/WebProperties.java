package dev.belgie.sample.web.error;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the sample's web layer.
 *
 * @param maxJsonBodySize the largest JSON request body accepted; larger ones are 413
 * {@code PAYLOAD_TOO_LARGE} before they are read (default 1MB; the largest valid request,
 * an organization with 16 KiB of metadata, is far below)
 */
@ConfigurationProperties("sample.web")
public record WebProperties(DataSize maxJsonBodySize) {

	public WebProperties {
		maxJsonBodySize = (maxJsonBodySize != null) ? maxJsonBodySize : DataSize.ofMegabytes(1);
		if (maxJsonBodySize.toBytes() < 1) {
			throw new IllegalArgumentException("sample.web.max-json-body-size must be at least 1B");
		}
	}

}
