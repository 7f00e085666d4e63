-- Reading the audit log for the administrator: newest first over the whole table, and by actor (start of the name,
-- upper and lower case alike). The case and entity filters use idx_hendelse_entitet.

create index idx_hendelse_tidspunkt on hendelse (tidspunkt desc, id desc);
comment on index idx_hendelse_tidspunkt is 'Hendelsesloggen nyeste først, side for side, også med tidsrom.';

create index idx_hendelse_aktor on hendelse (lower(aktor) text_pattern_ops, tidspunkt);
comment on index idx_hendelse_aktor is 'Søk på aktør: starten av brukernavnet, store og små bokstaver likt (lower(aktor) like ''…%'').';
