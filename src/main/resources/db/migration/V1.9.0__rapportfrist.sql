-- The call's own report deadline.

alter table utlysning add column rapportfrist date;
-- Reports were due 1 April the year after the call (SPEC §1). A call whose application deadline is later than that
-- (no such call is known) gets the day after its deadline instead, so the constraint below holds for every row.
update utlysning set rapportfrist = greatest(make_date(aar + 1, 4, 1), (soknadsfrist at time zone 'Europe/Oslo')::date + 1);
alter table utlysning alter column rapportfrist set not null;
alter table utlysning add constraint ck_utlysning_rapportfrist check (rapportfrist > (soknadsfrist at time zone 'Europe/Oslo')::date);
comment on column utlysning.rapportfrist is 'Siste dag for kommunens rapport om tilskuddet (norsk dato); etter den merkes rapporten som for sen. Standard 1. april året etter tilskuddsåret.';
