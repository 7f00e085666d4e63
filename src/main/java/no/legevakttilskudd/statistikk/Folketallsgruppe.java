package no.legevakttilskudd.statistikk;

/**
 * Population bands of the statistics (SPEC §6): did the money reach the smallest kommuner? Each band runs from the
 * previous band's limit up to, not including, its own; the last has no upper limit.
 */
public enum Folketallsgruppe {
    UNDER_1000(1_000), FRA_1000_TIL_2499(2_500), FRA_2500_TIL_4999(5_000), FRA_5000(null);

    private final Integer under;

    Folketallsgruppe(Integer under) {
        this.under = under;
    }

    /** The band of a population column as an SQL expression, so the limits live here and nowhere else. */
    static String sql(String kolonne) {
        StringBuilder sql = new StringBuilder("case when " + kolonne + " is null then null");
        for (Folketallsgruppe gruppe : values()) {
            sql.append(gruppe.under == null ? " else '" + gruppe.name() + "' end"
                    : " when " + kolonne + " < " + gruppe.under + " then '" + gruppe.name() + "'");
        }
        return sql.toString();
    }
}
