package no.legevakttilskudd.felles.local;

/** A login role in PostgreSQL: its name and password (an empty password leaves the role's own alone). */
public record Databaserolle(String navn, String passord) {

    public Databaserolle {
        if (navn == null || navn.isBlank()) {
            throw new IllegalArgumentException("en databaserolle må ha et navn");
        }
        passord = passord == null ? "" : passord;
    }

    @Override
    public String toString() {
        return navn;
    }
}
