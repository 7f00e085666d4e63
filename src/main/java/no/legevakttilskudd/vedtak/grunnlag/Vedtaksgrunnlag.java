package no.legevakttilskudd.vedtak.grunnlag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.regler.Arsak;
import no.legevakttilskudd.regler.Beregningsgrunnlag;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.regler.Regelparametre;
import no.legevakttilskudd.regler.Soknadsgrunnlag;
import no.legevakttilskudd.regler.Tildeling;
import no.legevakttilskudd.tildeling.TildelingService;

/**
 * The basis a decision was made on (SPEC §3), stored with it as JSON and, like the decision, never changed once
 * stored: the rule version, the call's parameters, the registry version and the SSB facts used, the application as
 * the rules saw it, the priority group, the position in the order, the award computation and the reason codes with
 * their texts. The JSON names are part of the stored record: {@code VedtaksgrunnlagFormatTest} reads a stored example
 * back, so renaming a field of this record or of the {@code regler} records in it fails the build instead of making
 * old decisions unreadable.
 *
 * @param format             the layout of this JSON; raised if a field is ever removed or changes meaning
 * @param regelversjon       the version of the rules that computed the result ({@code Tildelingsregler.VERSJON})
 * @param beregnet           when the rules were run for the proposal
 * @param utlysningId        the call
 * @param registerversjonId  the registry version the facts were read from
 * @param registerkilde      that version's source, as the registry names it
 * @param grunnlag           the inputs: parameters, SSB facts, the application, the frame left when its turn came
 * @param resultat           the rules' result for the application: group, position, award computation, reasons
 * @param antallIRekkefolgen how many eligible applications the order had, so a position reads "12 of 48"
 * @param strokne            the budget lines the assessment struck, with the reasons (empty when none); null in bases
 *                           stored before they were kept (an added field, so still format 1, and left out of the JSON
 *                           when null so those bases write back as they were)
 */
public record Vedtaksgrunnlag(int format, String regelversjon, Instant beregnet, long utlysningId, long registerversjonId,
        String registerkilde, Beregningsgrunnlag grunnlag, Tildeling resultat, int antallIRekkefolgen,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<StroketBudsjettlinje> strokne) {

    public static final int FORMAT = 1;

    /**
     * The application's basis in a run of the whole call, with the lines its assessment struck. The struck lines are
     * read after the run; if the assessment was saved in between, the approved budget the rules used is not what the
     * lines leave, and the proposal is refused rather than stored with a basis that contradicts itself.
     */
    public static Vedtaksgrunnlag av(TildelingService.Beregning beregning, long soknadId, long utlysningId, Instant naa,
            List<StroketBudsjettlinje> strokne) {
        TildelingService.Soknadsberegning soknad = beregning.perSoknad().get(soknadId);
        if (soknad == null) {
            throw ProblemException.konflikt("ikke-i-tildelingen", "Søknad " + soknadId + " er ikke med i utlysningens tildeling, "
                    + "så vedtaket har ikke noe grunnlag å bygge på.");
        }
        Soknadsgrunnlag s = soknad.grunnlag().soknad();
        long strokket = strokne.stream().mapToLong(StroketBudsjettlinje::belop).sum();
        if (s.godkjentBudsjett() == null ? !strokne.isEmpty() : s.godkjentBudsjett() != s.omsokt() - strokket) {
            throw ProblemException.konflikt("vurdering-endret", "Vurderingen av søknad " + soknadId + " ble endret mens vedtaket "
                    + "ble foreslått. Last saken på nytt og foreslå vedtaket igjen.");
        }
        return new Vedtaksgrunnlag(FORMAT, beregning.regelversjon(), naa, utlysningId, beregning.registerversjonId(),
                beregning.registerkilde(), soknad.grunnlag(), soknad.resultat(), beregning.antallIRekkefolgen(), List.copyOf(strokne));
    }

    /** Its own mapper, not the application's: what is stored must not change with the API's JSON settings. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addMixIn(Arsak.class, ArsakUtenTommeVerdier.class)
            .addMixIn(Regelparametre.class, ParametreUtenTommeKategorier.class)
            .addMixIn(Soknadsgrunnlag.class, SoknadUtenTomtBudsjett.class)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** A basis stored before reasons kept their facts reads and writes as it was: no empty list is added to it. */
    private abstract static class ArsakUtenTommeVerdier {
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        abstract java.util.List<String> verdier();
    }

    /** A basis stored before calls could exclude categories or re-announce reads and writes as it was. */
    private abstract static class ParametreUtenTommeKategorier {
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        abstract java.util.SortedSet<String> kategorier();

        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        abstract Long gjenutlysningAv();
    }

    /** As above: the budget per category is only there for a call that accepts some categories. */
    private abstract static class SoknadUtenTomtBudsjett {
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        abstract java.util.List<Soknadsgrunnlag.Kategoripost> budsjett();
    }

    /** The qualifying classes as a sentence reads them: "6", "5 og 6". */
    @JsonIgnore
    public String klasser() {
        List<String> klasser = grunnlag.parametre().sentralitetsklasser().stream().map(String::valueOf).toList();
        return klasser.size() == 1 ? klasser.get(0)
                : String.join(", ", klasser.subList(0, klasser.size() - 1)) + " og " + klasser.get(klasser.size() - 1);
    }

    /** The day the rules were run, in Norway. */
    @JsonIgnore
    public LocalDate beregnetDato() {
        return LocalDate.ofInstant(beregnet, Tidsformat.NORGE);
    }

    /** How many kommuner share the legevakt, the applicant included (§4.2). */
    @JsonIgnore
    public int antallKommuner() {
        return grunnlag.soknad().antallLegevaktKommuner();
    }

    /** The approved budget in kroner, or null while the application was not assessed. */
    @JsonIgnore
    public String godkjentBudsjettTekst() {
        Long godkjent = grunnlag.soknad().godkjentBudsjett();
        return godkjent == null ? null : Kroner.tekst(godkjent);
    }

    /** What was left of the frame when the application's turn came, in kroner; null outside the walk. */
    @JsonIgnore
    public String rammeForanTekst() {
        return grunnlag.rammeForan() == null ? null : Kroner.tekst(grunnlag.rammeForan());
    }

    public String tilJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Vedtaksgrunnlaget kunne ikke skrives som JSON", e);
        }
    }

    public static Vedtaksgrunnlag fraJson(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, Vedtaksgrunnlag.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Det lagrede vedtaksgrunnlaget kan ikke leses: " + e.getOriginalMessage(), e);
        }
    }
}
