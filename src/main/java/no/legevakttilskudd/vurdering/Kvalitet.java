package no.legevakttilskudd.vurdering;

/** The caseworker's overall verdict on an application's quality. */
public enum Kvalitet {
    GOD, MIDDELS, SVAK
}
