-- Composing digests writes a few KB of HTML and text per subscriber per day, 100,000 at a time:
-- lz4 compresses such text several times faster than the default pglz, at a similar ratio.
-- PostgreSQL built without lz4 keeps pglz (the statement is skipped).
do $$
begin
  execute 'alter table outbox alter column html_body set compression lz4';
  execute 'alter table outbox alter column text_body set compression lz4';
  execute 'alter table digest_story alter column facts set compression lz4';
exception when others then
  raise notice 'lz4 not available, outbox keeps the default compression: %', sqlerrm;
end $$;
