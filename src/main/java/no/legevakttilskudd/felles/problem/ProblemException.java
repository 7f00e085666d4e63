package no.legevakttilskudd.felles.problem;

import java.util.List;

/** A request that cannot be carried out, with what the client should be told. Always a 4xx. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    private ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException valideringsfeil(List<Feltfeil> feil) {
        String detail = feil.size() == 1
                ? "Ett felt må rettes: " + feil.get(0).melding()
                : feil.size() + " felt må rettes.";
        return new ProblemException(Problem.av("valideringsfeil", "Ugyldige opplysninger", 400, detail, feil));
    }

    public static ProblemException valideringsfeil(String felt, Feilkode kode, Object... verdier) {
        return valideringsfeil(List.of(Feltfeil.av(felt, kode, verdier)));
    }

    public static ProblemException valideringsfeil(String felt, String melding) {
        return valideringsfeil(List.of(new Feltfeil(felt, melding)));
    }

    public static ProblemException ikkeFunnet(String detail) {
        return new ProblemException(Problem.av("ikke-funnet", "Fant ikke det du spurte etter", 404, detail, null));
    }

    public static ProblemException konflikt(String typeNavn, String detail) {
        return new ProblemException(Problem.av(typeNavn, "Kan ikke gjøres nå", 409, detail, null));
    }

    /** A conflict about one or more fields, so a form can show it where the value was typed. */
    public static ProblemException konflikt(String typeNavn, String detail, List<Feltfeil> feil) {
        return new ProblemException(Problem.av(typeNavn, "Kan ikke gjøres nå", 409, detail, feil));
    }

    public static ProblemException forbudt(String detail) {
        return new ProblemException(Problem.av("ingen-tilgang", "Ingen tilgang", 403, detail, null));
    }
}
