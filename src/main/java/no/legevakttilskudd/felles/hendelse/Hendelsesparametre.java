package no.legevakttilskudd.felles.hendelse;

import jakarta.ws.rs.QueryParam;

import no.legevakttilskudd.felles.web.Skjema;

/** The audit log's filters as the query string gives them, as written, for the API and the page alike ({@code @BeanParam}). */
public class Hendelsesparametre {

    @QueryParam("sak")
    public String sak;

    @QueryParam("entitet")
    public String entitet;

    @QueryParam("entitetId")
    public String entitetId;

    @QueryParam("aktor")
    public String aktor;

    @QueryParam("handling")
    public String handling;

    @QueryParam("fra")
    public String fra;

    @QueryParam("til")
    public String til;

    /** The filters, checked: a 400 with every bad field named. */
    public Hendelsesfilter filter() {
        return Hendelsesfilter.les(sak, entitet, entitetId, aktor, handling, fra, til);
    }

    /** The filter form's values as they were typed, so a page with errors shows them again. */
    public Skjema skjema() {
        return new Skjema().verdi("sak", sak).verdi("entitet", entitet).verdi("entitetId", entitetId).verdi("aktor", aktor)
                .verdi("handling", handling).verdi("fra", fra).verdi("til", til);
    }
}
