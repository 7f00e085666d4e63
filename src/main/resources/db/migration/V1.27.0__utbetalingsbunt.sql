-- Betalinger til banken: godkjente utbetalinger går ut som en ISO 20022 pain.001-fil; en bunt har én betalingsdato
-- (flere bunter kan ha samme dato). En saksbehandler lager bunten av akseptert tilskudd som ikke er utbetalt; en annen person godkjenner den
-- (fire øyne på penger ut, her og i tjenesten); først da lages filen, én gang, og lagres, og utbetalingene registreres med
-- bunten de står i. En utbetaling står derfor i høyst én fil.
create table utbetalingsbunt (
    id               bigint generated always as identity,
    betalingsdato    date         not null,
    status           varchar(20)  not null,
    opprettet        timestamptz  not null,
    opprettet_av     varchar(200) not null,
    opprettet_av_sub varchar(200) not null,
    godkjent         timestamptz,
    godkjent_av      varchar(200),
    godkjent_av_sub  varchar(200),
    avvist_begrunnelse text,
    meldingsid       varchar(35),
    fil              bytea,
    lastet_ned       timestamptz,
    sendt            timestamptz,
    sendt_av         varchar(200),
    versjon          bigint       not null default 0,
    constraint pk_utbetalingsbunt primary key (id),
    constraint uk_utbetalingsbunt_meldingsid unique (meldingsid),
    constraint ck_utbetalingsbunt_status check (status in ('OPPRETTET', 'GODKJENT', 'SENDT', 'AVVIST')),
    constraint ck_utbetalingsbunt_fire_oyne check (godkjent_av_sub is null or godkjent_av_sub <> opprettet_av_sub),
    constraint ck_utbetalingsbunt_godkjent check (status not in ('GODKJENT', 'SENDT')
        or (godkjent is not null and godkjent_av_sub is not null and fil is not null and meldingsid is not null)),
    constraint ck_utbetalingsbunt_sendt check (status <> 'SENDT' or (sendt is not null and lastet_ned is not null)),
    constraint ck_utbetalingsbunt_avvist check (status <> 'AVVIST' or (avvist_begrunnelse is not null and godkjent_av_sub is not null))
);
create index idx_utbetalingsbunt_status on utbetalingsbunt (status, betalingsdato);

-- What the bank got is fixed once the batch is approved: the file, its id, the date and who made it never change after.
create function utbetalingsbunt_fast_etter_godkjenning() returns trigger
language plpgsql as $$
begin
    if old.status <> 'OPPRETTET' and (new.fil is distinct from old.fil or new.meldingsid is distinct from old.meldingsid
            or new.betalingsdato is distinct from old.betalingsdato or new.opprettet_av_sub is distinct from old.opprettet_av_sub
            or new.godkjent_av_sub is distinct from old.godkjent_av_sub) then
        raise exception 'Utbetalingsbunt % er % og kan ikke endres', old.id, old.status using errcode = 'check_violation';
    end if;
    return new;
end
$$;
create trigger trg_utbetalingsbunt_fast_etter_godkjenning before update on utbetalingsbunt
    for each row execute function utbetalingsbunt_fast_etter_godkjenning();
revoke delete, truncate on utbetalingsbunt from "${appRolle}";
comment on table utbetalingsbunt is 'En bunt utbetalinger med samme betalingsdato, som går til banken som én pain.001-fil. Slettes ikke.';
comment on column utbetalingsbunt.id is 'Løpenummer.';
comment on column utbetalingsbunt.betalingsdato is 'Ønsket betalingsdato (ReqdExctnDt i filen).';
comment on column utbetalingsbunt.status is 'OPPRETTET (venter på godkjenning), GODKJENT (filen er laget), SENDT (til banken), AVVIST.';
comment on column utbetalingsbunt.opprettet is 'Når bunten ble laget.';
comment on column utbetalingsbunt.opprettet_av is 'Hvem som laget den (brukernavn).';
comment on column utbetalingsbunt.opprettet_av_sub is 'Subjektet (sub) til den som laget den; godkjenneren må være en annen.';
comment on column utbetalingsbunt.godkjent is 'Når den ble godkjent eller avvist.';
comment on column utbetalingsbunt.godkjent_av is 'Hvem som godkjente eller avviste den (brukernavn).';
comment on column utbetalingsbunt.godkjent_av_sub is 'Subjektet til den som godkjente eller avviste; aldri den samme som laget bunten.';
comment on column utbetalingsbunt.avvist_begrunnelse is 'Hvorfor bunten ble avvist; tom ellers.';
comment on column utbetalingsbunt.meldingsid is 'Filens MsgId, unik for alle filer systemet har laget.';
comment on column utbetalingsbunt.fil is 'pain.001.001.03-filen, laget én gang ved godkjenningen og aldri på nytt.';
comment on column utbetalingsbunt.lastet_ned is 'Første gang filen ble lastet ned.';
comment on column utbetalingsbunt.sendt is 'Når bunten ble merket sendt til banken.';
comment on column utbetalingsbunt.sendt_av is 'Hvem som merket den sendt.';
comment on column utbetalingsbunt.versjon is 'Versjon for optimistisk låsing.';

create table utbetalingsbunt_linje (
    bunt_id             bigint       not null,
    vedtak_id           bigint       not null,
    soknad_id           bigint       not null,
    belop               bigint       not null,
    referanse           varchar(40)  not null,
    kommunenummer       varchar(4)   not null,
    kommunenavn         varchar(200) not null,
    organisasjonsnummer varchar(9)   not null,
    kontonummer         varchar(11)  not null,
    constraint pk_utbetalingsbunt_linje primary key (bunt_id, vedtak_id),
    constraint fk_utbetalingsbunt_linje_bunt foreign key (bunt_id) references utbetalingsbunt (id),
    constraint fk_utbetalingsbunt_linje_aksept foreign key (vedtak_id) references aksept (vedtak_id),
    constraint ck_utbetalingsbunt_linje_belop check (belop > 0),
    constraint ck_utbetalingsbunt_linje_organisasjonsnummer check (organisasjonsnummer ~ '^[0-9]{9}$'),
    constraint ck_utbetalingsbunt_linje_kontonummer check (kontonummer ~ '^[0-9]{11}$')
);
create index idx_utbetalingsbunt_linje_vedtak on utbetalingsbunt_linje (vedtak_id);
revoke update, delete, truncate on utbetalingsbunt_linje from "${appRolle}";
comment on table utbetalingsbunt_linje is 'En utbetaling i en bunt, med kreditor slik den var da bunten ble laget. Endres og slettes ikke.';
comment on column utbetalingsbunt_linje.bunt_id is 'Bunten.';
comment on column utbetalingsbunt_linje.vedtak_id is 'Vedtaket som utbetales (og aksepten med kontonummeret).';
comment on column utbetalingsbunt_linje.soknad_id is 'Saken, for habilitet og historikk.';
comment on column utbetalingsbunt_linje.belop is 'Beløpet i hele kroner.';
comment on column utbetalingsbunt_linje.referanse is 'Sakens referanse, som står i betalingen (RmtInf).';
comment on column utbetalingsbunt_linje.kommunenummer is 'Kreditorkommunen.';
comment on column utbetalingsbunt_linje.kommunenavn is 'Kreditors navn i filen.';
comment on column utbetalingsbunt_linje.organisasjonsnummer is 'Kreditors organisasjonsnummer (Enhetsregisteret).';
comment on column utbetalingsbunt_linje.kontonummer is 'Kontonummeret kommunen oppga da den aksepterte.';

alter table utbetaling add column bunt_id bigint;
alter table utbetaling add constraint fk_utbetaling_bunt foreign key (bunt_id) references utbetalingsbunt (id);
create unique index uidx_utbetaling_bunt_vedtak on utbetaling (bunt_id, vedtak_id) where bunt_id is not null;
comment on column utbetaling.bunt_id is 'Bunten (betalingsfilen) utbetalingen gikk ut i; tom for en utbetaling registrert for hånd.';
