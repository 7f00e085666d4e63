package no.legevakttilskudd.regler;

import java.util.regex.Pattern;

/**
 * Whole kroner as Norwegians write and read them: "1 500 000 kr". Every form and upload reads amounts with {@link #les},
 * so the same text is the same amount everywhere. Hand-rolled: it runs for every row of large allocations.
 */
public final class Kroner {

    /** Groups of three after the first, split by spaces (also no-break and narrow ones) or by dots: "1 500 000", "1.500.000". */
    private static final Pattern GRUPPERT = Pattern.compile("-?\\d{1,3}(?:([ .])\\d{3})?(?:\\1\\d{3})*");
    private static final Pattern SAMMENHENGENDE = Pattern.compile("-?\\d{1,15}");
    private static final Pattern ENDELSE = Pattern.compile("(?i)\\s*(?:kr\\.?|,-|,00)$");

    private Kroner() {
    }

    /**
     * The amount in whole kroner, or null when the text is empty or not an amount. Takes "1500000", "1 500 000",
     * "1.500.000", "1 500 000 kr" and "1 500 000,-"; refuses decimals ("1,5"), a dot that is not a thousands separator
     * ("1.5"), letters and more than 15 digits. A minus sign is read, so that the caller can say the amount may not be
     * negative rather than that it is not a number.
     */
    public static Long les(String tekst) {
        if (tekst == null) {
            return null;
        }
        String renset = ENDELSE.matcher(tekst.replace('\u00a0', ' ').replace('\u202f', ' ').strip().replaceAll("\\s+", " ")).replaceFirst("").strip();
        String siffer;
        if (SAMMENHENGENDE.matcher(renset).matches()) {
            siffer = renset;
        } else if (GRUPPERT.matcher(renset).matches()) {
            siffer = renset.replace(" ", "").replace(".", "");
        } else {
            return null;
        }
        return siffer.replace("-", "").length() > 15 ? null : Long.parseLong(siffer);
    }

    public static String tekst(long belop) {
        return tall(belop) + " kr";
    }

    public static String tall(long verdi) {
        String siffer = Long.toString(Math.abs(verdi));
        StringBuilder tekst = new StringBuilder(siffer.length() + 8);
        if (verdi < 0) {
            tekst.append('-');
        }
        int forste = siffer.length() % 3 == 0 ? 3 : siffer.length() % 3;
        tekst.append(siffer, 0, forste);
        for (int i = forste; i < siffer.length(); i += 3) {
            tekst.append(' ').append(siffer, i, i + 3);
        }
        return tekst.toString();
    }
}
