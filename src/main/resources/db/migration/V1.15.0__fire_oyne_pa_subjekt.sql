-- Fire øyne sammenligner brukerens subjekt (OIDC "sub"), ikke brukernavnet (SPEC §2): et brukernavn kan gis til en
-- annen person, et subjekt gis aldri på nytt. Eksisterende rader fikk aldri lagret subjektet, og det kan ikke utledes
-- av brukernavnet; de står med null, og for dem sammenligner både tjenesten og sjekken under brukernavnene som før.
-- Et vedtak som er foreslått med subjekt, må behandles med subjekt.
alter table vedtak add column foreslatt_av_sub varchar(255);
alter table vedtak add column behandlet_av_sub varchar(255);
alter table vedtak drop constraint ck_vedtak_fire_oyne;
alter table vedtak add constraint ck_vedtak_fire_oyne check (behandlet_av is null
    or (foreslatt_av_sub is null and behandlet_av <> foreslatt_av)
    or (foreslatt_av_sub is not null and behandlet_av_sub is not null and behandlet_av_sub <> foreslatt_av_sub));
comment on column vedtak.foreslatt_av_sub is 'Subjektet (OIDC sub) til saksbehandleren som foreslo; fire øyne sammenligner dette. Null for vedtak foreslått før V1.15.0.';
comment on column vedtak.behandlet_av_sub is 'Subjektet (OIDC sub) til godkjenneren som godkjente eller returnerte; aldri det samme som foreslatt_av_sub.';
comment on column vedtak.foreslatt_av is 'Saksbehandleren som foreslo (brukernavn, til visning); fire øyne bruker foreslatt_av_sub.';
comment on column vedtak.behandlet_av is 'Godkjenneren (brukernavn, til visning); aldri samme subjekt som foreslo.';
