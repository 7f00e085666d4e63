-- Folketall per år for hver registerversjon, så en utlysning kan bruke et annet referanseår enn registerets eget.

create table kommune_folketall (
    versjon_id    bigint     not null,
    kommunenummer varchar(4) not null,
    aar           integer    not null,
    folketall     integer    not null,
    constraint pk_kommune_folketall primary key (versjon_id, kommunenummer, aar),
    constraint fk_kommune_folketall_kommune foreign key (versjon_id, kommunenummer) references kommune (versjon_id, kommunenummer),
    constraint ck_kommune_folketall_folketall check (folketall >= 0),
    constraint ck_kommune_folketall_aar check (aar between 1900 and 2100)
);
comment on table kommune_folketall is 'Folketall 1. januar per år (SSB tabell 07459) for kommunene i en registerversjon.';
comment on column kommune_folketall.versjon_id is 'Registerversjonen.';
comment on column kommune_folketall.kommunenummer is 'Kommunen.';
comment on column kommune_folketall.aar is 'Året tallet gjelder (1. januar).';
comment on column kommune_folketall.folketall is 'Antall innbyggere 1. januar i året.';

-- Registerets egne tall er alltid med, også for versjoner lastet inn før denne tabellen fantes.
insert into kommune_folketall (versjon_id, kommunenummer, aar, folketall)
select versjon_id, kommunenummer, folketall_aar, folketall from kommune;
