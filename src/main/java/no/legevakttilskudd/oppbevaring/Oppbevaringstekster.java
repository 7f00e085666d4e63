package no.legevakttilskudd.oppbevaring;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the retention page, in bokmål here; nynorsk and English in messages/oppbevaringstekst_nn.properties and
 * oppbevaringstekst_en.properties. Templates use {oppbevaringstekst:key}.
 */
@MessageBundle(value = "oppbevaringstekst", locale = "nb")
public interface Oppbevaringstekster {

    @Message("Oppbevaring og sletting")
    String oppbevaring_tittel();

    @Message("Utkast som aldri ble sendt, er ikke saksdokumenter og slettes en tid etter søknadsfristen (standard 6 måneder). I avsluttede saker viskes kontaktpersonens navn, e-post og telefon ut når oppbevaringstiden er ute (standard 10 år etter at saken ble avsluttet); vedtak, beløp, brev og hendelseslogg står, med personen som «Kontaktperson». En sak er avsluttet når søknaden er trukket, vedtaket er avslag eller avvisning, eller rapporten er godkjent og alle krav om tilbakebetaling er betalt.")
    String oppbevaring_ingress();

    @Message("Neste kjøring er {tid}. Da slettes {utkast} utkast, og kontaktpersonen viskes ut i {saker} saker.")
    String oppbevaring_neste(String tid, long utkast, long saker);

    @Message("Utlysning")
    String oppbevaring_kol_utlysning();

    @Message("Ved neste kjøring")
    String oppbevaring_kol_neste();

    @Message("Neste etter det")
    String oppbevaring_kol_senere();

    @Message("Frister")
    String oppbevaring_kol_frister();

    @Message("{utkast} utkast, {saker} saker")
    String oppbevaring_antall(long utkast, long saker);

    @Message("utkast {utkast}, sak {sak}")
    String oppbevaring_senere(String utkast, String sak);

    @Message("Utkast slettes etter (måneder)")
    String oppbevaring_utkast_felt();

    @Message("Kontaktperson viskes ut etter (år)")
    String oppbevaring_aar_felt();

    @Message("Lagre fristene")
    String oppbevaring_lagre();

    @Message("Kjør nå")
    String oppbevaring_kjor();

    @Message("Gjør nå det den daglige jobben ville gjort; kjøringen logges som de andre.")
    String oppbevaring_kjor_hjelp();

    @Message("Kjøringer")
    String oppbevaring_kjoringer();

    @Message("Ingen kjøringer ennå.")
    String oppbevaring_ingen_kjoringer();

    @Message("Startet")
    String oppbevaring_kol_startet();

    @Message("Av")
    String oppbevaring_kol_av();

    @Message("Utkast slettet")
    String oppbevaring_kol_utkast();

    @Message("Kontaktpersoner visket ut")
    String oppbevaring_kol_personer();

    @Message("E-poster slettet")
    String oppbevaring_kol_epost();

    @Message("Hva den daglige slettejobben tar neste gang, fristene per utlysning og loggen over kjøringer.")
    String oppbevaring_kort();

    @Message("{#when melding}{#is 'lagret'}Fristene er lagret.{#is 'kjort'}Kjøringen er ferdig og logget.{#else}{/when}")
    String oppbevaring_melding(String melding);
}
