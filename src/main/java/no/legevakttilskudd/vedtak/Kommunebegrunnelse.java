package no.legevakttilskudd.vedtak;

import java.util.List;

import no.legevakttilskudd.regler.Arsak;

/**
 * The rules' reasons as the kommune may read them: the text a proposed decision starts from, and the rules' reasons in
 * the letter. The rules write for staff and give, with every award, what is left of the frame before and after it;
 * that is the directorate's working figure for the round, not a fact of the kommune's case, so the reasons of the
 * frame (SPEC §4.5) are said here without it. Every other reason is the facts of the case (class, population and its
 * year, the legevakt's size, the amounts of the application and the cap) and is kept as the rules wrote it.
 */
public final class Kommunebegrunnelse {

    private Kommunebegrunnelse() {
    }

    public static List<String> av(List<Arsak> arsaker) {
        return arsaker.stream().map(Kommunebegrunnelse::av).toList();
    }

    public static String av(Arsak arsak) {
        return switch (arsak.kode()) {
            case INNVILGET_I_RAMMEN -> "Rammen for ordningen hadde plass til hele tilskuddet da søknaden kom fram i rekkefølgen.";
            case DELVIS_RESTEN_AV_RAMMEN -> "Rammen for ordningen hadde ikke plass til hele tilskuddet da søknaden kom fram i "
                    + "rekkefølgen; kommunen får det som var igjen av rammen.";
            case VENTELISTE_RAMMEN_BRUKT_OPP, VENTELISTE_STOPPET -> "Rammen for ordningen var brukt opp før søknaden kom fram i rekkefølgen.";
            case VENTELISTE_HOPPET_OVER -> "Det som var igjen av rammen for ordningen da søknaden kom fram i rekkefølgen, var mindre "
                    + "enn tilskuddet.";
            default -> arsak.tekst();
        };
    }
}
