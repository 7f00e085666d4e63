package no.legevakttilskudd.regler;

/** How the duty is done: on call from home, or present at a legevakt centre (SPEC §4.8). */
public enum Vaktform {
    HJEMMEVAKT, TILSTEDEVAKT
}
