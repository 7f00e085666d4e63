-- Payments of accepted awards, recorded by staff; never more than the award in total.

create table utbetaling (
    id            bigint generated always as identity,
    vedtak_id     bigint       not null,
    belop         bigint       not null,
    dato          date         not null,
    registrert    timestamptz  not null,
    registrert_av varchar(200) not null,
    constraint pk_utbetaling primary key (id),
    constraint fk_utbetaling_aksept foreign key (vedtak_id) references aksept (vedtak_id),
    constraint ck_utbetaling_belop check (belop > 0)
);
create index idx_utbetaling_vedtak on utbetaling (vedtak_id);
comment on table utbetaling is 'En utbetaling av et akseptert tilskudd. Summen per vedtak er aldri over det tildelte beløpet (sjekket under lås på vedtaket).';
comment on column utbetaling.id is 'Løpenummer for utbetalingen.';
comment on column utbetaling.vedtak_id is 'Vedtaket (og aksepten) utbetalingen gjelder; uten aksept ingen utbetaling.';
comment on column utbetaling.belop is 'Utbetalt beløp i hele kroner.';
comment on column utbetaling.dato is 'Datoen pengene ble utbetalt.';
comment on column utbetaling.registrert is 'Når utbetalingen ble registrert.';
comment on column utbetaling.registrert_av is 'Hvem som registrerte den (brukernavn).';
