package no.legevakttilskudd.habilitet;

import java.time.OffsetDateTime;

import no.legevakttilskudd.felles.Tidsformat;

/** A declaration as the API shows it (staff only). */
public record HabilitetDto(long id, long soknadId, String brukernavn, String navn, String begrunnelse, OffsetDateTime erklart,
        boolean gjelder, OffsetDateTime trukket, String trukketBegrunnelse, long versjon) {

    static HabilitetDto fra(Habilitetserklaring e) {
        return new HabilitetDto(e.id, e.soknadId, e.brukernavn, e.navn, e.begrunnelse, Tidsformat.norsk(e.erklart), e.gjelder(),
                e.trukket == null ? null : Tidsformat.norsk(e.trukket), e.trukketBegrunnelse, e.versjon);
    }
}
