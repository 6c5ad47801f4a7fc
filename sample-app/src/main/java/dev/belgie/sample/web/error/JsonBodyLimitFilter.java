package dev.belgie.sample.web.error;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import dev.belgie.organization.autoconfigure.web.ProblemDetails;
import dev.belgie.organization.autoconfigure.web.WebErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a JSON request body larger than {@code sample.web.max-json-body-size} with 413
 * {@code PAYLOAD_TOO_LARGE} before anything reads it whole: at once when its
 * {@code Content-Length} says so; a body without one (chunked) is read up to the limit
 * and refused as soon as it goes past.
 */
class JsonBodyLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	JsonBodyLimitFilter(DataSize maxSize) {
		this.maxBytes = maxSize.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType == null) {
			return false; // a body without a type may still be read as JSON: count it too
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !(MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json"));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.maxBytes) {
			refuse(response);
			return;
		}
		if (length >= 0) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBytes + 1));
		if (body.length > this.maxBytes) {
			refuse(response);
			return;
		}
		chain.doFilter(new BufferedBodyRequest(request, body), response);
	}

	private void refuse(HttpServletResponse response) throws IOException {
		response.setHeader("Connection", "close"); // the rest of the body is not read
		response.setStatus(413);
		ProblemDetails.write(response, ProblemDetails.of(WebErrorCode.forStatus(413),
				"The request body is larger than " + this.maxBytes + " bytes."));
	}

	/** A request whose body was read ahead (it was within the limit). */
	private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reads only");
				}

			};
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
