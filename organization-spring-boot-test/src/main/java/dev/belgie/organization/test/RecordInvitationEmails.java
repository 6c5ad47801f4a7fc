package dev.belgie.organization.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * Replaces the application's sending of invitation e-mails with an
 * {@link InvitationEmailRecorder} bean, for a {@code @SpringBootTest} class: inject the
 * recorder and read each e-mail's link and token. (The class's application context is
 * then one of its own in Spring's context cache.)
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@Import(InvitationEmailRecorder.class)
public @interface RecordInvitationEmails {

}
