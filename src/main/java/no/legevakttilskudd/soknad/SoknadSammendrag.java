package no.legevakttilskudd.soknad;

import java.time.OffsetDateTime;

/** One line of a list of applications. */
public record SoknadSammendrag(long id, long utlysningId, String referanse, String kommunenummer, String kommunenavn,
        String fylkesnavn, SoknadStatus status, long omsokt, OffsetDateTime sendt) {
}
