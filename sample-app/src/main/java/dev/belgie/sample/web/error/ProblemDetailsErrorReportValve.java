package dev.belgie.sample.web.error;

import java.io.IOException;
import java.io.Writer;

import dev.belgie.organization.autoconfigure.web.ProblemDetails;
import dev.belgie.organization.autoconfigure.web.WebErrorCode;
import dev.belgie.organization.error.ErrorCode;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report as a problem: it answers the requests that Tomcat refuses before
 * any servlet runs ({@code %00} in the path, headers over the limit), which neither
 * Spring MVC nor {@code /error} ever see. Like Spring Boot's own valve, it never shows
 * the server's version or a stack trace.
 */
public class ProblemDetailsErrorReportValve extends ErrorReportValve {

	public ProblemDetailsErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		ErrorCode code = (status == 400) ? WebErrorCode.REQUEST_REJECTED : WebErrorCode.forStatus(status);
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer
					.write(ProblemDetails.toJson(ProblemDetails.of(code, ProblemDetailsErrorController.detail(code))));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response was committed meanwhile: nothing more to
			// tell it
		}
	}

}
