package no.legevakttilskudd.regler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The re-check of a decision (SPEC §3): this build's rules run twice, once on the decision's stored basis and once on
 * today's data, and every difference is named with where it comes from. Reads and compares only; what a decision says
 * is never changed by it.
 */
public final class Vedtakskontroll {

    /** Where a difference comes from. */
    public enum Kilde {
        /** The rules themselves: another rule version, or the same basis giving another result. */
        REGLER,
        /** The call's rule parameters. */
        PARAMETRE,
        /** The registry's facts about the kommune (SSB class, index, population). */
        REGISTER,
        /** The caseworker's assessment (approved budget). */
        VURDERING,
        /** The application itself (amount asked, the legevakt's kommuner, when it was sent). */
        SOKNAD,
        /** The outcome: what the rules give compared with what the decision was based on. */
        RESULTAT
    }

    /** One difference; {@code felt} is a stable ASCII name, {@code tekst} says it in Norwegian. */
    public record Avvik(Kilde kilde, String felt, String lagret, String naa, String tekst) {
    }

    /**
     * @param paLagretGrunnlag this build's rules on the stored basis
     * @param paDagensData     this build's rules on today's data; null when the kommune is not in today's registry
     * @param regelendringer   differences between the stored result and the result on the stored basis: the rules changed
     * @param dataendringer    differences between the stored basis and today's data: parameters, registry, assessment,
     *                         application
     * @param utfallIdag       differences between the stored result and the result on today's data
     */
    public record Resultat(Tildeling paLagretGrunnlag, Tildeling paDagensData, List<Avvik> regelendringer, List<Avvik> dataendringer,
            List<Avvik> utfallIdag) {

        /** Nothing differs: the decision would be made the same way today. */
        public boolean uendret() {
            return regelendringer.isEmpty() && dataendringer.isEmpty() && utfallIdag.isEmpty();
        }
    }

    private Vedtakskontroll() {
    }

    /**
     * @param lagretVersjon  the rule version the decision was computed with
     * @param lagret         the stored basis
     * @param lagretResultat the stored result for the application
     * @param idag           today's basis, or null when today's registry does not have the kommune
     */
    public static Resultat kontroller(String lagretVersjon, Beregningsgrunnlag lagret, Tildeling lagretResultat, Beregningsgrunnlag idag) {
        Tildeling paLagret = lagret.beregn();
        List<Avvik> regler = new ArrayList<>();
        if (!Tildelingsregler.VERSJON.equals(lagretVersjon)) {
            regler.add(new Avvik(Kilde.REGLER, "regelversjon", lagretVersjon, Tildelingsregler.VERSJON, "Reglene er i versjon "
                    + Tildelingsregler.VERSJON + "; vedtaket ble beregnet med versjon " + lagretVersjon + "."));
        }
        regler.addAll(utfall(Kilde.REGLER, lagretResultat, paLagret));

        List<Avvik> data = new ArrayList<>();
        Tildeling paDagens = null;
        List<Avvik> idagUtfall = new ArrayList<>();
        if (idag == null) {
            data.add(new Avvik(Kilde.REGISTER, "kommune", lagret.kommune().kommunenummer(), null, "Kommunen "
                    + lagret.kommune().kommunenummer() + " finnes ikke i dagens kommuneregister med folketall for året reglene bruker."));
        } else {
            data.addAll(parametre(lagret.parametre(), idag.parametre()));
            data.addAll(register(lagret.kommune(), idag.kommune()));
            data.addAll(vurdering(lagret.soknad(), idag.soknad()));
            data.addAll(soknad(lagret.soknad(), idag.soknad()));
            paDagens = idag.beregn();
            idagUtfall.addAll(utfall(Kilde.RESULTAT, lagretResultat, paDagens));
        }
        return new Resultat(paLagret, paDagens, List.copyOf(regler), List.copyOf(data), List.copyOf(idagUtfall));
    }

    /**
     * What is left of the frame for this application today: what was left when the walk reached it, moved by as much
     * as the call's frame has changed since. The other applications' decisions stand (§4.6), so only a change of the
     * frame itself reaches this application.
     */
    public static Long rammeForanIdag(Beregningsgrunnlag lagret, long rammeIdag) {
        if (lagret.rammeForan() == null) {
            return null;
        }
        return Math.max(0, lagret.rammeForan() + (rammeIdag - lagret.parametre().ramme()));
    }

    private static List<Avvik> utfall(Kilde kilde, Tildeling for_, Tildeling etter) {
        String hvem = kilde == Kilde.REGLER ? "Dagens regler på det lagrede grunnlaget gir " : "Dagens regler på dagens data gir ";
        List<Avvik> avvik = new ArrayList<>();
        sammenlign(avvik, kilde, "resultat.kvalifisert", for_.kvalifisert(), etter.kvalifisert(), b -> b ? "kvalifisert" : "ikke kvalifisert",
                hvem + "«%2$s», vedtaket bygde på «%1$s».");
        sammenlign(avvik, kilde, "resultat.prioritetsgruppe", for_.prioritetsgruppe(), etter.prioritetsgruppe(), String::valueOf,
                hvem + "prioritetsgruppe %2$s, vedtaket bygde på gruppe %1$s.");
        sammenlign(avvik, kilde, "resultat.beregnet", for_.beregnet(), etter.beregnet(), Kroner::tekst,
                hvem + "%2$s før rammen, vedtaket bygde på %1$s.");
        sammenlign(avvik, kilde, "resultat.status", for_.status(), etter.status(), Tildelingsstatus::name,
                hvem + "%2$s, vedtaket bygde på %1$s.");
        sammenlign(avvik, kilde, "resultat.tildelt", for_.tildelt(), etter.tildelt(), Kroner::tekst,
                hvem + "%2$s, vedtaket bygde på %1$s.");
        sammenlign(avvik, kilde, "resultat.arsaker", koder(for_), koder(etter), Object::toString,
                hvem + "årsakene %2$s, vedtaket bygde på %1$s.");
        return avvik;
    }

    private static List<Avvik> parametre(Regelparametre for_, Regelparametre etter) {
        List<Avvik> avvik = new ArrayList<>();
        sammenlign(avvik, Kilde.PARAMETRE, "parametre.sentralitetsklasser", for_.sentralitetsklasser(), etter.sentralitetsklasser(),
                Object::toString, "Sentralitetsklassene som kvalifiserer er endret fra %s til %s.");
        sammenlign(avvik, Kilde.PARAMETRE, "parametre.folketallsgrense", for_.folketallsgrense(), etter.folketallsgrense(),
                g -> Kroner.tall(g), "Folketallsgrensen er endret fra under %s til under %s.");
        sammenlign(avvik, Kilde.PARAMETRE, "parametre.folketallAar", for_.folketallAar(), etter.folketallAar(), Vedtakskontroll::aar,
                "Folketallsåret er endret fra %s til %s.");
        sammenlign(avvik, Kilde.PARAMETRE, "parametre.tak", for_.tak(), etter.tak(), Kroner::tekst, "Taket er endret fra %s til %s.");
        sammenlign(avvik, Kilde.PARAMETRE, "parametre.minstebelop", for_.minstebelop(), etter.minstebelop(), Kroner::tekst,
                "Minstebeløpet er endret fra %s til %s.");
        sammenlign(avvik, Kilde.PARAMETRE, "parametre.ramme", for_.ramme(), etter.ramme(), Kroner::tekst, "Rammen er endret fra %s til %s.");
        sammenlign(avvik, Kilde.PARAMETRE, "parametre.marginal", for_.marginal(), etter.marginal(), Marginalregel::name,
                "Regelen for den siste som ikke får plass i rammen er endret fra %s til %s.");
        sammenlign(avvik, Kilde.PARAMETRE, "parametre.soknadsfrist", for_.soknadsfrist(), etter.soknadsfrist(), Instant::toString,
                "Søknadsfristen er endret fra %s til %s.");
        sammenlign(avvik, Kilde.PARAMETRE, "parametre.kategorier", for_.kategorier(), etter.kategorier(),
                k -> k.isEmpty() ? "alle" : String.join(", ", k), "Tiltakskategoriene utlysningen gir tilskudd til, er endret fra %s til %s.");
        return avvik;
    }

    private static List<Avvik> register(Kommunefakta for_, Kommunefakta etter) {
        List<Avvik> avvik = new ArrayList<>();
        sammenlign(avvik, Kilde.REGISTER, "kommune.sentralitetsklasse", for_.sentralitetsklasse(), etter.sentralitetsklasse(),
                String::valueOf, "Kommunens sentralitetsklasse er endret fra %s til %s.");
        sammenlign(avvik, Kilde.REGISTER, "kommune.sentralitetsindeks", for_.sentralitetsindeks(), etter.sentralitetsindeks(),
                String::valueOf, "Kommunens sentralitetsindeks er endret fra %s til %s.");
        sammenlign(avvik, Kilde.REGISTER, "kommune.folketallAar", for_.folketallAar(), etter.folketallAar(), String::valueOf,
                "Folketallet gjelder nå 1. januar %2$s, ikke %1$s.");
        sammenlign(avvik, Kilde.REGISTER, "kommune.folketall", for_.folketall(), etter.folketall(), g -> Kroner.tall(g),
                "Kommunens folketall er endret fra %s til %s.");
        return avvik;
    }

    private static List<Avvik> vurdering(Soknadsgrunnlag for_, Soknadsgrunnlag etter) {
        List<Avvik> avvik = new ArrayList<>();
        sammenlign(avvik, Kilde.VURDERING, "vurdering.godkjentBudsjett", for_.godkjentBudsjett(), etter.godkjentBudsjett(),
                Vedtakskontroll::belop, "Det godkjente budsjettet er endret fra %s til %s.");
        return avvik;
    }

    private static List<Avvik> soknad(Soknadsgrunnlag for_, Soknadsgrunnlag etter) {
        List<Avvik> avvik = new ArrayList<>();
        sammenlign(avvik, Kilde.SOKNAD, "soknad.omsokt", for_.omsokt(), etter.omsokt(), Kroner::tekst,
                "Omsøkt beløp er endret fra %s til %s.");
        sammenlign(avvik, Kilde.SOKNAD, "soknad.legevaktKommuner", for_.legevaktKommuner(), etter.legevaktKommuner(), Object::toString,
                "Kommunene i legevakten er endret fra %s til %s.");
        sammenlign(avvik, Kilde.SOKNAD, "soknad.sendt", for_.sendt(), etter.sendt(), Instant::toString,
                "Tidspunktet søknaden ble sendt er endret fra %s til %s.");
        sammenlign(avvik, Kilde.SOKNAD, "soknad.budsjett", for_.budsjett(), etter.budsjett(), Vedtakskontroll::budsjett,
                "Budsjettet per tiltakskategori er endret fra %s til %s.");
        return avvik;
    }

    private static String budsjett(List<Soknadsgrunnlag.Kategoripost> poster) {
        return poster.isEmpty() ? "ikke oppgitt" : String.join(", ", poster.stream().map(p -> p.navn().toLowerCase(java.util.Locale.ROOT)
                + " " + Kroner.tekst(p.sokt()) + (p.godkjent() != p.sokt() ? " (godkjent " + Kroner.tekst(p.godkjent()) + ")" : "")).toList());
    }

    private static <T> void sammenlign(List<Avvik> avvik, Kilde kilde, String felt, T for_, T etter, Function<T, String> vis, String mal) {
        if (!Objects.equals(for_, etter)) {
            String lagret = for_ == null ? null : vis.apply(for_);
            String naa = etter == null ? null : vis.apply(etter);
            avvik.add(new Avvik(kilde, felt, lagret, naa, String.format(mal, lagret == null ? "ingen" : lagret, naa == null ? "ingen" : naa)));
        }
    }

    private static List<Arsakskode> koder(Tildeling tildeling) {
        return tildeling.arsaker().stream().map(Arsak::kode).toList();
    }

    private static String aar(Integer aar) {
        return aar == null ? "registerets eget år" : String.valueOf(aar);
    }

    private static String belop(Long belop) {
        return belop == null ? "ikke vurdert" : Kroner.tekst(belop);
    }
}
