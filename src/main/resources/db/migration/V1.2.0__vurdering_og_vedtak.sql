-- Saksbehandling: the caseworker's assessment, and decisions with four eyes.

-- Vurdering ----------------------------------------------------------------------------------

create table vurdering (
    soknad_id         bigint       not null,
    godkjent_budsjett bigint       not null,
    kvalitet          varchar(20)  not null,
    notat             text,
    endret            timestamptz  not null,
    endret_av         varchar(200) not null,
    versjon           bigint       not null,
    constraint pk_vurdering primary key (soknad_id),
    constraint fk_vurdering_soknad foreign key (soknad_id) references soknad (id),
    constraint ck_vurdering_godkjent_budsjett check (godkjent_budsjett >= 0),
    constraint ck_vurdering_kvalitet check (kvalitet in ('GOD', 'MIDDELS', 'SVAK'))
);
comment on table vurdering is 'Saksbehandlerens vurdering av en sendt søknad (SPEC §3): godkjent budsjett, kvalitet og notat.';
comment on column vurdering.soknad_id is 'Søknaden som er vurdert; én vurdering per søknad.';
comment on column vurdering.godkjent_budsjett is 'Summen av budsjettlinjene som ikke er strøket, i hele kroner; grunnlaget reglene bruker.';
comment on column vurdering.kvalitet is 'Saksbehandlerens helhetsvurdering av søknaden: GOD, MIDDELS eller SVAK.';
comment on column vurdering.notat is 'Saksbehandlerens notat; internt, vises ikke for kommunen.';
comment on column vurdering.endret is 'Når vurderingen sist ble lagret.';
comment on column vurdering.endret_av is 'Hvem som lagret vurderingen sist (brukernavn).';
comment on column vurdering.versjon is 'Versjon for optimistisk låsing: to som lagrer samme sak, den andre får 409.';

create table vurdering_strok (
    soknad_id   bigint  not null,
    tiltak_nr   integer not null,
    linje_nr    integer not null,
    begrunnelse text    not null,
    constraint pk_vurdering_strok primary key (soknad_id, tiltak_nr, linje_nr),
    constraint fk_vurdering_strok_vurdering foreign key (soknad_id) references vurdering (soknad_id),
    constraint ck_vurdering_strok_nr check (tiltak_nr >= 0 and linje_nr >= 0)
);
comment on table vurdering_strok is 'En budsjettlinje saksbehandler har strøket fordi den faller utenfor formålet.';
comment on column vurdering_strok.soknad_id is 'Søknaden (og vurderingen) linjen hører til.';
comment on column vurdering_strok.tiltak_nr is 'Tiltakets plass i søknaden, fra 0; innholdet er frosset når søknaden er sendt.';
comment on column vurdering_strok.linje_nr is 'Budsjettlinjens plass i tiltaket, fra 0.';
comment on column vurdering_strok.begrunnelse is 'Hvorfor linjen er strøket.';

-- Vedtak -------------------------------------------------------------------------------------

create table vedtak (
    id             bigint generated always as identity,
    soknad_id      bigint       not null,
    utlysning_id   bigint       not null,
    utfall         varchar(20)  not null,
    belop          bigint       not null,
    begrunnelse    text         not null,
    status         varchar(20)  not null,
    foreslatt      timestamptz  not null,
    foreslatt_av   varchar(200) not null,
    behandlet      timestamptz,
    behandlet_av   varchar(200),
    returkommentar text,
    sendt          timestamptz,
    erstatter_id   bigint,
    versjon        bigint       not null,
    constraint pk_vedtak primary key (id),
    constraint fk_vedtak_soknad foreign key (soknad_id) references soknad (id),
    constraint fk_vedtak_utlysning foreign key (utlysning_id) references utlysning (id),
    constraint fk_vedtak_erstatter foreign key (erstatter_id) references vedtak (id),
    constraint ck_vedtak_utfall check (utfall in ('INNVILGET', 'DELVIS_INNVILGET', 'AVSLATT', 'AVVIST')),
    constraint ck_vedtak_status check (status in ('FORESLATT', 'RETURNERT', 'GODKJENT', 'SENDT')),
    constraint ck_vedtak_belop check ((utfall in ('INNVILGET', 'DELVIS_INNVILGET') and belop > 0)
        or (utfall in ('AVSLATT', 'AVVIST') and belop = 0)),
    constraint ck_vedtak_fire_oyne check (behandlet_av is null or behandlet_av <> foreslatt_av),
    constraint ck_vedtak_godkjent check (status not in ('GODKJENT', 'SENDT') or (behandlet is not null and behandlet_av is not null)),
    constraint ck_vedtak_sendt check ((status = 'SENDT') = (sendt is not null))
);
create unique index uidx_vedtak_apent on vedtak (soknad_id) where status in ('FORESLATT', 'GODKJENT');
create index idx_vedtak_utlysning on vedtak (utlysning_id, status);
comment on table vedtak is 'Et vedtak om tilskudd (SPEC §2–§4): foreslått av saksbehandler, godkjent av en annen (fire øyne), så sendt. Sendte vedtak endres aldri; en rettelse er et nytt vedtak som erstatter det gamle.';
comment on column vedtak.id is 'Løpenummer for vedtaket.';
comment on column vedtak.soknad_id is 'Søknaden vedtaket gjelder.';
comment on column vedtak.utlysning_id is 'Utlysningen, for rammesjekken: summen av godkjente og sendte beløp per utlysning.';
comment on column vedtak.utfall is 'INNVILGET, DELVIS_INNVILGET, AVSLATT eller AVVIST.';
comment on column vedtak.belop is 'Tildelt beløp i hele kroner; 0 ved avslag og avvisning.';
comment on column vedtak.begrunnelse is 'Begrunnelsen med kriteriene og faktaene (fra reglenes resultat, redigert av saksbehandler).';
comment on column vedtak.status is 'FORESLATT, RETURNERT (av godkjenner, med kommentar), GODKJENT eller SENDT.';
comment on column vedtak.foreslatt is 'Når vedtaket ble foreslått.';
comment on column vedtak.foreslatt_av is 'Saksbehandleren som foreslo (brukernavn).';
comment on column vedtak.behandlet is 'Når godkjenner godkjente eller returnerte.';
comment on column vedtak.behandlet_av is 'Godkjenneren (brukernavn); aldri den samme som foreslo.';
comment on column vedtak.returkommentar is 'Godkjennerens kommentar ved retur.';
comment on column vedtak.sendt is 'Når vedtaket ble sendt til kommunen; fra da av kan det ikke endres.';
comment on column vedtak.erstatter_id is 'Det sendte vedtaket dette retter (nytt vedtak i stedet for endring).';
comment on column vedtak.versjon is 'Versjon for optimistisk låsing.';

create function vedtak_sendt_kan_ikke_endres() returns trigger language plpgsql as $$
begin
    if old.status = 'SENDT' then
        raise exception 'Vedtak % er sendt og kan ikke endres eller slettes', old.id;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;
comment on function vedtak_sendt_kan_ikke_endres() is 'Hindrer endring og sletting av sendte vedtak.';
create trigger trg_vedtak_sendt_uendret before update or delete on vedtak
    for each row execute function vedtak_sendt_kan_ikke_endres();
