-- Corrections people make to entities: a merged entity's (name, type) points at the one it was
-- merged into, so the correction holds for articles analyzed later too.
create table entity_alias (
  name      text not null,
  type      text not null,
  entity_id bigint not null references entity (id) on delete cascade,
  merged_at timestamptz not null default now(),
  primary key (name, type)
);
create index entity_alias_entity on entity_alias (entity_id);
