-- The frame invariant held by the database as well as by the service, and the call's choice to decide as
-- applications come instead of after the deadline.

-- What the decisions of a call bind of its frame, written once for the service and the trigger below. Both views count:
-- while a correction is approved and not yet sent, vedtak_mot_rammen counts the correction and vedtak_i_kraft the
-- decision the kommune still holds; the frame must cover both, so neither the allocation nor the statistics ever
-- show more used than the frame.
create function ramme_bundet(p_utlysning_id bigint) returns bigint
language sql stable as $$
    select greatest(
        (select coalesce(sum(belop), 0) from vedtak_mot_rammen where utlysning_id = p_utlysning_id),
        (select coalesce(sum(belop), 0) from vedtak_i_kraft where utlysning_id = p_utlysning_id))::bigint
$$;
comment on function ramme_bundet(bigint) is 'Hva godkjente og sendte vedtak binder av utlysningens ramme (kroner): det største av summen '
    'i vedtak_mot_rammen og i vedtak_i_kraft. Rammen kan ikke settes lavere.';

-- Only a lowered frame is checked: raising is always allowed, also for a row that broke the invariant before it was kept.
-- Approvals lock the call's row before they sum (VedtakService.godkjenn), so a frame change and an approval never interleave.
create function utlysning_ramme_dekker_vedtak() returns trigger
language plpgsql as $$
declare
    bundet bigint;
begin
    if new.ramme < old.ramme then
        bundet := ramme_bundet(new.id);
        if new.ramme < bundet then
            raise exception 'Rammen for utlysning % kan ikke settes til % kr: godkjente og sendte vedtak binder % kr.',
                new.id, new.ramme, bundet
                using errcode = 'check_violation', constraint = 'ck_utlysning_ramme_dekker_vedtak';
        end if;
    end if;
    return null;
end
$$;
comment on function utlysning_ramme_dekker_vedtak() is 'Nekter å senke en utlysnings ramme under det vedtakene binder (ramme_bundet).';

create constraint trigger ck_utlysning_ramme_dekker_vedtak
    after update of ramme on utlysning
    for each row execute function utlysning_ramme_dekker_vedtak();
comment on trigger ck_utlysning_ramme_dekker_vedtak on utlysning is 'Rammen er aldri lavere enn det godkjente og sendte vedtak binder.';

alter table utlysning add column fortlopende_vedtak boolean not null default false;
comment on column utlysning.fortlopende_vedtak is 'Sann når admin har valgt at vedtak fattes etter hvert som søknadene kommer; '
    'ellers foreslås, godkjennes og sendes vedtak først etter søknadsfristen.';

-- A call whose frame was lowered below its decisions before this check existed would stay broken (and show more than
-- 100 % used): the migration stops and names it instead of promising an invariant the data does not keep. The frame is
-- then raised to what is bound, with a reason in rammeendring, by the schema's owner, and the migration run again.
do $$
declare
    brudd text;
begin
    select string_agg(format('utlysning %s: ramme %s kr, bundet %s kr', id, ramme, ramme_bundet(id)), '; ' order by id)
      into brudd
      from utlysning
     where ramme < ramme_bundet(id);
    if brudd is not null then
        raise exception 'Rammen er lavere enn det vedtakene binder: %. Øk rammen med begrunnelse og kjør migreringen igjen.', brudd;
    end if;
end
$$;
