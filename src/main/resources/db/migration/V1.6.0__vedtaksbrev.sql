-- The decision letter as sent: rendered once when the decision is sent, then kept unchanged.

create table vedtaksbrev (
    vedtak_id bigint      not null,
    html      text        not null,
    pdf       bytea       not null,
    laget     timestamptz not null,
    constraint pk_vedtaksbrev primary key (vedtak_id),
    constraint fk_vedtaksbrev_vedtak foreign key (vedtak_id) references vedtak (id)
);
comment on table vedtaksbrev is 'Vedtaksbrevet slik det ble sendt, som HTML og PDF; lages når vedtaket sendes og endres aldri.';
comment on column vedtaksbrev.vedtak_id is 'Vedtaket brevet gjelder; ett brev per vedtak.';
comment on column vedtaksbrev.html is 'Brevet som HTML.';
comment on column vedtaksbrev.pdf is 'Brevet som PDF/UA med innebygd skrift.';
comment on column vedtaksbrev.laget is 'Når brevet ble laget (samtidig med sendingen).';

create function vedtaksbrev_kan_ikke_endres() returns trigger language plpgsql as $$
begin
    raise exception 'Vedtaksbrev % er sendt og kan ikke endres eller slettes', old.vedtak_id;
end;
$$;
comment on function vedtaksbrev_kan_ikke_endres() is 'Hindrer endring og sletting av sendte vedtaksbrev.';
create trigger trg_vedtaksbrev_uendret before update or delete on vedtaksbrev
    for each row execute function vedtaksbrev_kan_ikke_endres();
