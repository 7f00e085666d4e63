package no.legevakttilskudd.regler;

/** Whole kroner as Norwegians write them: "1 500 000 kr". Hand-rolled: it runs for every row of large allocations. */
public final class Kroner {

    private Kroner() {
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
