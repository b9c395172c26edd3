-- Where the server has no lz4 (the embedded server's build has none), the bodies stay
-- uncompressed out of line: pglz made storing 100,000 digests (2 GB of HTML and text) take
-- twice as long as everything else in a digest run together (82 of 150 s of store time in
-- `newsdesk bench digest`; uncompressed, 38 s). Sent bodies are what an admin reads back and a
-- retried send reuses; disk is the cheaper resource here. Servers with lz4 keep it (V4_3).
do $$
begin
  if not exists (select 1 from pg_settings
                 where name = 'default_toast_compression' and 'lz4' = any(enumvals)) then
    alter table outbox alter column html_body set storage external;
    alter table outbox alter column text_body set storage external;
  end if;
end $$;
