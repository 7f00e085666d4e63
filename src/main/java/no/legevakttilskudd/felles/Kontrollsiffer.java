package no.legevakttilskudd.felles;

/** The MOD11 check digit Norwegian registers use (account numbers, organisation numbers), the one place it is computed. */
public final class Kontrollsiffer {

    private Kontrollsiffer() {
    }

    /**
     * Whether {@code siffer} is {@code vekter.length + 1} digits whose last is the MOD11 check digit of the others with
     * these weights (a remainder that would give 10 makes the number invalid).
     */
    public static boolean mod11(String siffer, int[] vekter) {
        if (siffer == null || siffer.length() != vekter.length + 1 || !siffer.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < vekter.length; i++) {
            sum += (siffer.charAt(i) - '0') * vekter[i];
        }
        int rest = sum % 11;
        int kontroll = rest == 0 ? 0 : 11 - rest;
        return kontroll != 10 && kontroll == siffer.charAt(vekter.length) - '0';
    }
}
