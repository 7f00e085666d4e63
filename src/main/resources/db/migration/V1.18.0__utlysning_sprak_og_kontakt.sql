-- En utlysning har tittel på bokmål, og kan ha den på nynorsk og engelsk: sidene viser tittelen på sidens språk, og
-- bokmål der en oversettelse mangler. Utlysningen kan også ha sitt eget kontaktpunkt (en seksjon eller en person med
-- e-post og telefon) som kommunene ser på søknadssidene og i vedtaksbrevet; uten det er det direktoratets egne
-- kontaktopplysninger (legevakttilskudd.avsender.*) som gjelder.
--
-- Kolonnene arver rettighetene på tabellen (V1.13.0).
alter table utlysning add column tittel_nn varchar(300);
alter table utlysning add column tittel_en varchar(300);
alter table utlysning add column kontakt_navn varchar(200);
alter table utlysning add column kontakt_epost varchar(254);
alter table utlysning add column kontakt_telefon varchar(20);
alter table utlysning add constraint ck_utlysning_kontakt check (
    (kontakt_navn is null and kontakt_epost is null and kontakt_telefon is null)
    or (kontakt_navn is not null and (kontakt_epost is not null or kontakt_telefon is not null)));
comment on column utlysning.tittel_nn is 'Tittelen på nynorsk; tom betyr at sidene viser bokmålstittelen også på nynorsk.';
comment on column utlysning.tittel_en is 'Tittelen på engelsk; tom betyr at sidene viser bokmålstittelen også på engelsk.';
comment on column utlysning.kontakt_navn is 'Hvem kommunene kan kontakte om utlysningen (seksjon eller person); tom betyr direktoratets egne kontaktopplysninger.';
comment on column utlysning.kontakt_epost is 'Kontaktpunktets e-postadresse; minst én av e-post og telefon når kontaktpunktet er satt.';
comment on column utlysning.kontakt_telefon is 'Kontaktpunktets telefonnummer; minst én av e-post og telefon når kontaktpunktet er satt.';
