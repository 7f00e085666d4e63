package no.legevakttilskudd.felles;

import java.util.regex.Pattern;

/** What an e-mail address and a Norwegian phone number must look like, wherever one is typed. */
public final class Kontaktformat {

    private static final Pattern EPOST = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    /** Norwegian numbers: eight digits starting with 2–9, optionally with +47 or 0047 in front; spaces are allowed. */
    private static final Pattern TELEFON = Pattern.compile("^(\\+47|0047)?[2-9]\\d{7}$");

    private Kontaktformat() {
    }

    public static boolean epost(String verdi) {
        return verdi != null && EPOST.matcher(verdi.strip()).matches();
    }

    public static boolean telefon(String verdi) {
        return verdi != null && TELEFON.matcher(verdi.replace(" ", "")).matches();
    }
}
