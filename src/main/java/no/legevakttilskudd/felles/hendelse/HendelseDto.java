package no.legevakttilskudd.felles.hendelse;

import java.time.OffsetDateTime;

import no.legevakttilskudd.felles.Tidsformat;

/** One row of the audit log as the API shows it, the time in Norwegian offset. */
public record HendelseDto(long id, OffsetDateTime tidspunkt, String aktor, String rolle, String entitet, String entitetId, String handling,
        String forVerdi, String etterVerdi) {

    public static HendelseDto fra(Hendelse h) {
        return new HendelseDto(h.id, Tidsformat.norsk(h.tidspunkt), h.aktor, h.rolle, h.entitet, h.entitetId, h.handling, h.forVerdi,
                h.etterVerdi);
    }
}
