-- De ekte rundene som data (SPEC §4, issue 20): en utlysning kan ta imot bare noen tiltakskategorier (gjenutlysningen
-- høsten 2023 tok ikke imot utstyr), og en utlysning kan lyse ut resten av en annen. Da deler de to én pott: den
-- første utlysningens ramme. Hver av dem kan bruke det den andre ikke har bundet (Rammepott.ramme), så summen av
-- det begge binder aldri går over potten. Registeret sier hvilken versjon av SSBs sentralitetsindeks det bygger på.
alter table utlysning add column kategorier varchar(200);
alter table utlysning add constraint ck_utlysning_kategorier check (kategorier is null or kategorier ~ '^[A-Z_]+(,[A-Z_]+)*$');
comment on column utlysning.kategorier is 'Tiltakskategoriene utlysningen tar imot, som «REKRUTTERING,KOMPETANSE»; tom: alle. '
    'Budsjett i en annen kategori strykes av reglene (KATEGORI_UTENFOR).';

alter table utlysning add column gjenutlysning_av bigint;
alter table utlysning add constraint fk_utlysning_gjenutlysning_av foreign key (gjenutlysning_av) references utlysning (id);
alter table utlysning add constraint ck_utlysning_gjenutlysning_ikke_seg_selv check (gjenutlysning_av <> id);
create unique index uidx_utlysning_gjenutlysning_av on utlysning (gjenutlysning_av) where gjenutlysning_av is not null;
comment on column utlysning.gjenutlysning_av is 'Utlysningen hvis ubrukte rest denne lyser ut på nytt; tom for en vanlig utlysning. '
    'Rammen er da det den første ikke har bundet. Høyst én gjenutlysning per utlysning.';

alter table utlysning add column runde varchar(40);
create unique index uidx_utlysning_runde on utlysning (runde) where runde is not null;
comment on column utlysning.runde is 'Nøkkelen til en ekte runde som følger med systemet (utlysning/runder.json), som «2023-gjenutlysning»; '
    'tom for utlysninger en administrator har laget.';

alter table utlysning add column kilde text;
comment on column utlysning.kilde is 'Hvor utlysningens parametre er hentet fra (kunngjøringen, rapporten); tom for nye utlysninger.';

alter table utlysning add column kvalifiserte_publisert integer;
alter table utlysning add constraint ck_utlysning_kvalifiserte_publisert check (kvalifiserte_publisert is null or kvalifiserte_publisert >= 0);
comment on column utlysning.kvalifiserte_publisert is 'Antall kommuner direktoratet sa kunne søke, der det er publisert (2024: 157); '
    'vises ved siden av antallet reglene gir, og forskjellen er forklart i docs/data.md.';

alter table kommuneregister_versjon add column indeksversjon varchar(200);
comment on column kommuneregister_versjon.indeksversjon is 'Hvilken versjon av SSBs sentralitetsindeks klassene bygger på, '
    'som «SSB sentralitetsindeks, 2024-oppdateringen»; tom der den ikke er kjent.';

-- A re-announcement shares its frame with the call it re-announces: a change to what one binds moves what the other
-- can use, so the allocation of both is computed again.
create or replace function tildeling_endret(p_utlysning_id bigint) returns void
language sql as $$
    insert into tildelingsrevisjon (utlysning_id, revisjon)
    select id, 1 from utlysning
     where id = p_utlysning_id
        or id = (select gjenutlysning_av from utlysning where id = p_utlysning_id)
        or gjenutlysning_av = p_utlysning_id
     order by id  -- rows locked in one order, so two transactions never wait on each other through them
    on conflict (utlysning_id) do update set revisjon = tildelingsrevisjon.revisjon + 1
$$;

-- The rules now read which lines the assessment struck per category, and each measure's category, for a call that
-- funds only some: a change to either moves the allocation, as a change to the approved budget always did.
create function vurdering_strok_tildeling_endret() returns trigger
language plpgsql as $$
begin
    perform tildeling_endret(s.utlysning_id) from soknad s where s.id = coalesce(new.soknad_id, old.soknad_id) and s.status <> 'UTKAST';
    return null;
end
$$;
create constraint trigger trg_vurdering_strok_tildeling_endret after insert or update or delete on vurdering_strok
    deferrable initially deferred for each row execute function vurdering_strok_tildeling_endret();

create function tiltak_kategori_tildeling_endret() returns trigger
language plpgsql as $$
begin
    if old.kategori is distinct from new.kategori then
        perform tildeling_endret(s.utlysning_id) from soknad s where s.id = new.soknad_id and s.status <> 'UTKAST';
    end if;
    return null;
end
$$;
create constraint trigger trg_tiltak_kategori_tildeling_endret after update of kategori on tiltak
    deferrable initially deferred for each row execute function tiltak_kategori_tildeling_endret();
