-- Reports in the same words are one happening (issue 16: "nothing doubled"). A wire copy or a quote repeated by another
-- outlet, near enough to be analysed again but not a copy, reports "officials said two were killed" with no place and
-- no participant; MergeRule joined reports only on a place or a participant, so each outlet's report became an event
-- of its own. The merge now also asks whether one of a candidate event's sources has the report's sentence: its key
-- is the sentence lower-cased with its spaces collapsed, hashed; sentences under 40 characters have none (too
-- generic to say two outlets report one happening). One definition, used by the index and by the merge's query.
create or replace function sentence_key(sentence text) returns bigint language plpgsql immutable strict parallel safe as $$
declare
    t text := lower(regexp_replace(btrim(sentence), '\s+', ' ', 'g'));
begin
    return case when length(t) >= 40 then hashtextextended(t, 0) end;
end
$$;

create index event_source_sentence on event_source (sentence_key(sentence), event_id);
