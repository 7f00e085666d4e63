-- Vedtaksbrevet underskrives av saksbehandleren som foreslo og godkjenneren, med navn og tittel (forvaltningsloven
-- § 24–25, og kommunen skal vite hvem som har avgjort saken). Navn og tittel leses fra tokenet (claimene name og
-- tittel) i det øyeblikket personen foreslår eller behandler, og lagres på vedtaket: brevet skal vise hvem som
-- underskrev også når brukeren er borte fra identitetstjenesten, og et brukernavn er ikke et navn. Mangler tokenet
-- navnet, står kolonnen tom, og brevet viser rollen i stedet, aldri brukernavnet.
--
-- Kolonnene arver rettighetene på tabellen (V1.13.0: applikasjonen har SELECT, INSERT og UPDATE på vedtak), og
-- trg_vedtak_sendt_uendret nekter at de endres når vedtaket er sendt, som resten av raden.
alter table vedtak add column foreslatt_av_navn varchar(255);
alter table vedtak add column foreslatt_av_tittel varchar(255);
alter table vedtak add column behandlet_av_navn varchar(255);
alter table vedtak add column behandlet_av_tittel varchar(255);
comment on column vedtak.foreslatt_av_navn is 'Fullt navn på saksbehandleren som foreslo (claimet name), til brevets underskrift; tom når tokenet ikke hadde navn, og for vedtak foreslått før V1.17.0.';
comment on column vedtak.foreslatt_av_tittel is 'Stillingstittelen til saksbehandleren som foreslo (claimet tittel), til brevets underskrift; tom når tokenet ikke hadde tittel.';
comment on column vedtak.behandlet_av_navn is 'Fullt navn på godkjenneren som godkjente eller returnerte (claimet name); tom når tokenet ikke hadde navn.';
comment on column vedtak.behandlet_av_tittel is 'Stillingstittelen til godkjenneren (claimet tittel); tom når tokenet ikke hadde tittel.';

-- Klagefristen er én regel overalt: tre uker fra den dagen vedtaksbrevet kom fram til kommunen (forvaltningsloven
-- § 29). Brevet kommer fram når det legges ut for kommunen i Legevakttilskudd, altså den dagen vedtaket sendes.
comment on column klage.for_sen is 'Sann når klagen kom etter fristen: tre uker fra den dagen vedtaksbrevet kom fram til kommunen (forvaltningsloven § 29), som er dagen vedtaket ble sendt og brevet lagt ut i Legevakttilskudd (norsk dato).';
