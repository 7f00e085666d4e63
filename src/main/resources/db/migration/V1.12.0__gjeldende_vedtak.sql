-- Which decisions count, written once (SPEC §4.6). A sent decision is corrected by a new decision that replaces it
-- (erstatter_id); the original row stays unchanged as the record of what was decided. Two questions are asked of the
-- decisions, and the answers differ while a correction is approved but not yet sent.
-- Both views list their columns at creation: a later migration that changes vedtak's columns recreates them.

create view vedtak_mot_rammen as
select v.*
from vedtak v
where v.status in ('GODKJENT', 'SENDT')
  and not exists (select 1 from vedtak n where n.erstatter_id = v.id and n.status in ('GODKJENT', 'SENDT'));
comment on view vedtak_mot_rammen is 'Vedtak som binder utlysningens ramme: godkjente og sendte, et rettet vedtak telt én gang, '
    'ved rettelsen så snart den er godkjent. Summen per utlysning er aldri over rammen.';

create view vedtak_i_kraft as
select v.*
from vedtak v
where v.status = 'SENDT'
  and not exists (select 1 from vedtak n where n.erstatter_id = v.id and n.status = 'SENDT');
comment on view vedtak_i_kraft is 'Sendte vedtak som gjelder overfor kommunen: ikke erstattet av en sendt rettelse. '
    'Det statistikken og eksportene regner som tildelt.';
