-- Tildelingen for en utlysning regnes ut av alle søknadene i den, og arbeidslisten, saken, tildelingssiden og
-- statistikken viser den. I stedet for å regne den ut ved hver visning beholder hver instans resultatet sammen med
-- utlysningens revisjon, og regner på nytt bare når revisjonen er en annen enn den resultatet ble regnet ut ved.
-- Revisjonen økes i den samme transaksjonen som enhver endring av det tildelingen regnes ut av: sendte søknader (ikke
-- utkast), legevaktkommunene deres, vurderingens godkjente budsjett, vedtakene og utlysningen selv (rammen og
-- regelparametrene). Derfor er det databasen som passer på den, med utløsere, og ikke hver kodesti som endrer noe:
-- en ny sti kan ikke glemme det, og flere instanser blir riktige uten delt minne.
--
-- Utløserne er utsatt til commit (deferrable initially deferred), så låsen på revisjonsraden er det siste
-- transaksjonen tar og holdes bare mens den committer: den står ikke i kø bak andre rader, og to transaksjoner kan
-- ikke vente på hverandre gjennom den.
create table tildelingsrevisjon (
    utlysning_id bigint not null,
    revisjon     bigint not null,
    constraint pk_tildelingsrevisjon primary key (utlysning_id),
    constraint fk_tildelingsrevisjon_utlysning foreign key (utlysning_id) references utlysning (id)
);
comment on table tildelingsrevisjon is 'Teller per utlysning som økes ved hver endring av det tildelingen regnes ut av; '
    'en instans som har regnet ut tildelingen ved en annen revisjon, regner på nytt. Ingen rad betyr revisjon 0.';
comment on column tildelingsrevisjon.utlysning_id is 'Utlysningen.';
comment on column tildelingsrevisjon.revisjon is 'Øker med minst 1 ved hver transaksjon som endrer tildelingens grunnlag.';

create function tildeling_endret(p_utlysning_id bigint) returns void
language sql as $$
    insert into tildelingsrevisjon (utlysning_id, revisjon) values (p_utlysning_id, 1)
    on conflict (utlysning_id) do update set revisjon = tildelingsrevisjon.revisjon + 1
$$;

-- Utkast er ikke med i tildelingen, så lagring av et utkast endrer ingenting; sending, retting, trekking og
-- sletting av en sendt søknad gjør det.
create function soknad_tildeling_endret() returns trigger
language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status <> 'UTKAST' then
            perform tildeling_endret(old.utlysning_id);
        end if;
    elsif tg_op = 'INSERT' then
        if new.status <> 'UTKAST' then
            perform tildeling_endret(new.utlysning_id);
        end if;
    elsif (old.status <> 'UTKAST' or new.status <> 'UTKAST')
          and (old.status, old.kommunenummer, old.omsokt, old.sendt, old.referanse, old.utlysning_id)
              is distinct from (new.status, new.kommunenummer, new.omsokt, new.sendt, new.referanse, new.utlysning_id) then
        perform tildeling_endret(new.utlysning_id);
    end if;
    return null;
end
$$;
create constraint trigger trg_soknad_tildeling_endret after insert or update or delete on soknad
    deferrable initially deferred for each row execute function soknad_tildeling_endret();

create function legevakt_kommune_tildeling_endret() returns trigger
language plpgsql as $$
declare
    s record;
begin
    select utlysning_id, status into s from soknad where id = coalesce(new.soknad_id, old.soknad_id);
    -- A deleted application's own trigger has counted it.
    if found and s.status <> 'UTKAST' then
        perform tildeling_endret(s.utlysning_id);
    end if;
    return null;
end
$$;
create constraint trigger trg_soknad_legevakt_kommune_tildeling_endret after insert or update or delete on soknad_legevakt_kommune
    deferrable initially deferred for each row execute function legevakt_kommune_tildeling_endret();

create function vurdering_tildeling_endret() returns trigger
language plpgsql as $$
begin
    if tg_op <> 'UPDATE' or old.godkjent_budsjett is distinct from new.godkjent_budsjett then
        perform tildeling_endret(s.utlysning_id) from soknad s where s.id = coalesce(new.soknad_id, old.soknad_id);
    end if;
    return null;
end
$$;
create constraint trigger trg_vurdering_tildeling_endret after insert or update or delete on vurdering
    deferrable initially deferred for each row execute function vurdering_tildeling_endret();

create function vedtak_tildeling_endret() returns trigger
language plpgsql as $$
begin
    if tg_op <> 'UPDATE' or (old.status, old.utfall, old.belop, old.erstatter_id)
                            is distinct from (new.status, new.utfall, new.belop, new.erstatter_id) then
        perform tildeling_endret(coalesce(new.utlysning_id, old.utlysning_id));
    end if;
    return null;
end
$$;
create constraint trigger trg_vedtak_tildeling_endret after insert or update or delete on vedtak
    deferrable initially deferred for each row execute function vedtak_tildeling_endret();

create function utlysning_tildeling_endret() returns trigger
language plpgsql as $$
begin
    perform tildeling_endret(new.id);
    return null;
end
$$;
create constraint trigger trg_utlysning_tildeling_endret after update on utlysning
    deferrable initially deferred for each row execute function utlysning_tildeling_endret();
