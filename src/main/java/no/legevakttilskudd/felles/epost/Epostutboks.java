package no.legevakttilskudd.felles.epost;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Puts e-mail in the outbox. Always inside the caller's transaction ({@code MANDATORY}): the mail exists exactly when
 * the state change that caused it is committed, and a rollback takes the mail with it. {@link Epostutsending} sends it
 * afterwards, outside that transaction, so an SMTP failure never undoes the change.
 */
@ApplicationScoped
public class Epostutboks {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public Epost legg(Epostmelding melding, String grunn, String entitet, Object entitetId) {
        Instant naa = clock.instant();
        Epost epost = new Epost();
        epost.til = melding.til();
        epost.emne = melding.emne();
        epost.tekst = melding.tekst();
        epost.grunn = grunn;
        epost.entitet = entitet;
        epost.entitetId = String.valueOf(entitetId);
        epost.opprettet = naa;
        epost.status = EpostStatus.VENTER;
        epost.antallForsok = 0;
        epost.nesteForsok = naa;
        epost.persist();
        return epost;
    }

    /** The mails about one thing, oldest first: what was sent, what waits, what failed. */
    public List<Epost> forEntitet(String entitet, Object entitetId) {
        return Epost.list("entitet = ?1 and entitetId = ?2 order by opprettet, id", entitet, String.valueOf(entitetId));
    }

    /** Mails the job gave up on; someone must follow them up by other means. */
    public List<Epost> feilede() {
        return Epost.list("status = ?1 order by opprettet, id", EpostStatus.FEILET);
    }
}
