package no.legevakttilskudd.soknad;

import java.time.OffsetDateTime;
import java.util.List;

import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.regler.Vaktbelastning;
import no.legevakttilskudd.regler.TiltakKategori;

/** An application as the API shows it to the kommune that owns it and to staff. */
public record SoknadDto(long id, long utlysningId, String kommunenummer, String kommunenavn, SoknadStatus status, String referanse,
        SoknadInput.Kontaktperson kontaktperson, List<String> legevaktKommuner, SoknadInput.Vaktordning vaktbelastning,
        Vaktbelastning.Resultat beregnetVaktbelastning, List<TiltakDto> tiltak, String formal, long omsokt, List<VedleggDto> vedlegg, OffsetDateTime opprettet,
        OffsetDateTime endret, OffsetDateTime sendt, OffsetDateTime trukket, long versjon) {

    public record TiltakDto(TiltakKategori kategori, String beskrivelse, List<SoknadInput.BudsjettlinjeInput> budsjettlinjer, long sum) {
    }

    public record VedleggDto(long id, String filnavn, long storrelse, String sha256, OffsetDateTime lastetOpp) {
    }

    /** SPEC §4.8 with vaktklasse 1, the law's 5:1 and the study's calendar; null until rota and duty form are filled in. */
    static Vaktbelastning.Resultat beregnet(Soknad s) {
        if (s.vaktdeling == null || s.vaktform == null) {
            return null;
        }
        return Vaktbelastning.beregn(Vaktbelastning.Grunnlag.standard(s.vaktdeling, s.vaktform));
    }

    static SoknadDto fra(Soknad s, String kommunenavn, List<VedleggDto> vedlegg) {
        SoknadInput innhold = SoknadInput.fra(s);
        List<TiltakDto> tiltak = s.tiltak.stream().map(t -> new TiltakDto(t.kategori, t.beskrivelse,
                t.budsjettlinjer.stream().map(l -> new SoknadInput.BudsjettlinjeInput(l.tekst, l.belop)).toList(), t.sum())).toList();
        return new SoknadDto(s.id, s.utlysningId, s.kommunenummer, kommunenavn, s.status, s.referanse, innhold.kontaktperson(),
                innhold.legevaktKommuner(), innhold.vaktbelastning(), beregnet(s), tiltak, s.formal, s.omsokt, vedlegg,
                Tidsformat.norsk(s.opprettet), Tidsformat.norsk(s.endret), Tidsformat.norsk(s.sendt), Tidsformat.norsk(s.trukket),
                s.versjon);
    }
}
