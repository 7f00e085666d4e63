-- Every decision carries the basis it was made on (SPEC §3): rule version, the call's parameters, the registry version
-- and SSB facts, the application as the rules saw it, priority group, position, the award computation and the reason
-- codes with their texts. Stored once, when the decision is proposed, and never changed: a later run of the rules is a
-- re-check beside it, not a new basis.

alter table vedtak add column grunnlag jsonb;
comment on column vedtak.grunnlag is 'Grunnlaget vedtaket ble foreslått på, som JSON (vedtak/grunnlag/Vedtaksgrunnlag, format 1): '
    'regelversjon, utlysningens parametre, registerversjon og SSB-fakta, søknaden slik reglene så den, prioritetsgruppe, '
    'plass i rekkefølgen, beregningen av beløpet og årsakskodene med tekst. Tom bare for vedtak foreslått før V1.14.0. '
    'Endres aldri etter at det er lagret.';

create function vedtaksgrunnlag_kan_ikke_endres() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if new.grunnlag is null or jsonb_typeof(new.grunnlag) <> 'object' then
            raise exception 'Et nytt vedtak må ha grunnlaget det bygger på';
        end if;
    elsif new.grunnlag is distinct from old.grunnlag then
        raise exception 'Grunnlaget for vedtak % er lagret og kan ikke endres', old.id;
    end if;
    return new;
end;
$$;
comment on function vedtaksgrunnlag_kan_ikke_endres() is 'Krever grunnlag på nye vedtak og hindrer at et lagret grunnlag endres.';
create trigger trg_vedtaksgrunnlag_uendret before insert or update on vedtak
    for each row execute function vedtaksgrunnlag_kan_ikke_endres();
