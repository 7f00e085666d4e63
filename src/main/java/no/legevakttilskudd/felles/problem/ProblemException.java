package no.legevakttilskudd.felles.problem;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/** A request that cannot be carried out, with what the client should be told. Always a 4xx. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Duration provIgjenOm;

    private ProblemException(Problem problem) {
        this(problem, null);
    }

    private ProblemException(Problem problem, Duration provIgjenOm) {
        super(problem.detail());
        this.problem = problem;
        this.provIgjenOm = provIgjenOm;
    }

    public Problem problem() {
        return problem;
    }

    /** For Retry-After: when the same request may succeed; null when waiting does not help. */
    public Duration provIgjenOm() {
        return provIgjenOm;
    }

    /**
     * Runs one check and adds its field errors to {@code feil} instead of throwing, so a form shows every error at once;
     * anything but bad input is thrown on.
     *
     * @return the check's value, or null when it refused the input
     */
    public static <T> T samle(List<Feltfeil> feil, Supplier<T> sjekk) {
        try {
            return sjekk.get();
        } catch (ProblemException e) {
            if (e.problem().status() != 400) {
                throw e;
            }
            feil.addAll(e.problem().feil());
            return null;
        }
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

    /** 413: the body is refused by its declared size, before it is read. */
    public static ProblemException forStor(Feltfeil feil) {
        return new ProblemException(Problem.av("for-stor", "For stort innhold", 413, feil.melding(), List.of(feil)));
    }

    /** 429: the user has made too many such requests lately; {@code provIgjenOm} becomes Retry-After. */
    public static ProblemException forMange(String detail, Duration provIgjenOm) {
        return new ProblemException(Problem.av("for-mange-foresporsler", "For mange forespørsler", 429, detail, null), provIgjenOm);
    }

    /** A conflict about one or more fields, so a form can show it where the value was typed. */
    public static ProblemException konflikt(String typeNavn, String detail, List<Feltfeil> feil) {
        return new ProblemException(Problem.av(typeNavn, "Kan ikke gjøres nå", 409, detail, feil));
    }

    public static ProblemException forbudt(String detail) {
        return forbudt("ingen-tilgang", detail);
    }

    /** 403 of a named kind, when the client can do something about it (e.g. {@code inhabil}: another person must act). */
    public static ProblemException forbudt(String typeNavn, String detail) {
        return new ProblemException(Problem.av(typeNavn, "Ingen tilgang", 403, detail, null));
    }
}
