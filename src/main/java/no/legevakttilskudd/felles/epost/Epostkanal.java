package no.legevakttilskudd.felles.epost;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/**
 * Hands one outbox row to the mailer (SMTP in production, the mock mailbox in dev and test). Its own bean so that a
 * test can put a failing delivery in its place; the mailer beans themselves cannot be replaced per test.
 */
@ApplicationScoped
public class Epostkanal {

    @Inject
    Mailer mailer;

    /** Blocks until the SMTP server has accepted the mail; throws if it does not. */
    public void lever(Epost epost) {
        mailer.send(Mail.withText(epost.til, epost.emne, epost.tekst));
    }
}
