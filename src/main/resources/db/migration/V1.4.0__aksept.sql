-- After the decision: the kommune accepts the conditions and gives the account the grant is paid to.

create table aksept (
    vedtak_id     bigint       not null,
    kontonummer   varchar(11)  not null,
    akseptert     timestamptz  not null,
    akseptert_av  varchar(200) not null,
    constraint pk_aksept primary key (vedtak_id),
    constraint fk_aksept_vedtak foreign key (vedtak_id) references vedtak (id),
    constraint ck_aksept_kontonummer check (kontonummer ~ '^[0-9]{11}$')
);
comment on table aksept is 'Kommunens aksept av vilkårene i et sendt vedtak om tilskudd; deretter er tilskuddet klart til utbetaling.';
comment on column aksept.vedtak_id is 'Det sendte vedtaket som er akseptert; én aksept per vedtak.';
comment on column aksept.kontonummer is 'Kontonummeret tilskuddet utbetales til: 11 sifre med gyldig kontrollsiffer (MOD11).';
comment on column aksept.akseptert is 'Når kommunen aksepterte.';
comment on column aksept.akseptert_av is 'Hvem i kommunen som aksepterte (brukernavn).';
