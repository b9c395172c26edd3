-- Newsdesk store, version 1: sources, articles through their stages, the work queue, insight
-- cards (as JSON and as tables that later features query), duplicates, and the poll scheduler.

-- A feed we poll. Health columns are what `newsdesk sources list` shows: failures are never silent.
create table source (
  id                   bigserial primary key,
  url                  text not null unique,
  title                text,
  site_url             text,
  category             text,
  added_at             timestamptz not null default now(),
  enabled              boolean not null default true,
  etag                 text,
  last_modified        text,
  poll_interval_s      integer not null default 3600,
  next_poll_at         timestamptz not null default now(),
  consecutive_failures integer not null default 0,
  last_polled_at       timestamptz,
  last_success_at      timestamptz,
  last_error           text,
  last_error_at        timestamptz,
  items_seen           bigint not null default 0
);
create index source_due on source (next_poll_at) where enabled;

-- One article, from discovery to its insight card. `url` is the canonical URL (tracking
-- parameters out), the key that drops a second sighting of the same link.
-- state: fetch | extract | analyze (waiting for or in that stage), done, duplicate, skipped, failed
create table article (
  id             bigserial primary key,
  url            text not null unique,
  source_id      bigint references source (id) on delete set null,
  origin         text not null,
  source_name    text,          -- the publisher a file names ("Wikinews"), for attribution
  feed_title     text,
  feed_summary   text,          -- untrusted HTML from the feed: sanitise before showing
  feed_published timestamptz,
  discovered_at  timestamptz not null default now(),
  state          text not null,
  error          text,
  title          text,
  byline         text,
  published_at   timestamptz,
  language       text,
  canonical_url  text,
  lead_image     text,
  body           text,
  content_hash   text,
  duplicate_of   bigint references article (id) on delete set null,
  extracted_at   timestamptz,
  analyzed_at    timestamptz
);
create index article_content_hash on article (content_hash);
create index article_canonical_url on article (canonical_url);
create index article_source on article (source_id, discovered_at);
create index article_state on article (state);

-- The page as fetched (or as given in a file), gzip-compressed: extraction can be re-run later
-- without fetching again.
create table raw_page (
  article_id bigint primary key references article (id) on delete cascade,
  fetched_at timestamptz not null default now(),
  final_url  text,
  status     integer,
  media_type text,
  charset    text,
  size       integer not null,
  body_gzip  bytea not null
);

-- Where else the same article was published: the same canonical URL, the same text, or a
-- near-copy of it (a wire story in several papers). The article itself is kept once.
create table article_copy (
  article_id bigint not null references article (id) on delete cascade,
  url        text not null,
  source_id  bigint references source (id) on delete set null,
  title      text,
  kind       text not null,     -- url | canonical | exact | near
  similarity real,
  seen_at    timestamptz not null default now(),
  primary key (article_id, url)
);

-- MinHash LSH: one row per band of an article's signature; equal band keys are candidates.
create table minhash_band (
  band_key   bigint not null,
  article_id bigint not null references article (id) on delete cascade,
  primary key (band_key, article_id)
);
create table article_signature (
  article_id bigint primary key references article (id) on delete cascade,
  minhash    bytea not null
);

-- Work waiting for a stage. Claimed with FOR UPDATE SKIP LOCKED and a lease: a crashed worker's
-- claim comes back when its lease runs out. The row is deleted in the same transaction that
-- stores the stage's result and queues the next stage, so a stage's result lands exactly once.
create table work (
  article_id  bigint not null references article (id) on delete cascade,
  stage       text not null,
  not_before  timestamptz not null default now(),
  attempts    integer not null default 0,
  lease_until timestamptz,
  leased_by   text,
  last_error  text,
  primary key (article_id, stage)
);
create index work_due on work (stage, not_before);

-- The analyzer's output, whole (the contract in docs/insight-card.schema.json) ...
create table insight_card (
  article_id  bigint primary key references article (id) on delete cascade,
  schema      text not null,
  card        jsonb not null,
  analyzed_at timestamptz not null default now()
);

-- ... and in tables. Entities are shared across articles by (name, type).
create table entity (
  id      bigserial primary key,
  name    text not null,
  type    text not null,
  country text,
  unique (name, type)
);
create table mention (
  article_id     bigint not null references article (id) on delete cascade,
  entity_id      bigint not null references entity (id) on delete cascade,
  mentions       integer not null,
  first_sentence integer not null,
  primary key (article_id, entity_id)
);
create index mention_entity on mention (entity_id);
create table quote (
  article_id        bigint not null references article (id) on delete cascade,
  idx               integer not null,
  kind              text not null,
  text              text not null,
  speaker           text,
  speaker_entity_id bigint references entity (id) on delete set null,
  verb              text,
  sentence          integer not null,
  primary key (article_id, idx)
);
create index quote_speaker on quote (speaker_entity_id);
create table event (
  article_id bigint not null references article (id) on delete cascade,
  idx        integer not null,
  type       text not null,
  plover     text,
  trigger    text,
  sources    text[] not null,
  targets    text[] not null,
  place      text,
  date_from  date,
  date_to    date,
  negated    boolean not null,
  sentence   integer not null,
  primary key (article_id, idx)
);
create table claim (
  article_id bigint not null references article (id) on delete cascade,
  idx        integer not null,
  text       text not null,
  claimed_by text[] not null,
  denied_by  text[] not null,
  sentence   integer not null,
  primary key (article_id, idx)
);
create table place (
  article_id   bigint not null references article (id) on delete cascade,
  idx          integer not null,
  name         text not null,
  type         text,
  country_code text,
  lat          double precision,
  lon          double precision,
  precision    text,
  primary key (article_id, idx)
);
create index place_country on place (country_code);

-- db-scheduler's table (its PostgreSQL DDL): feed polling lives here, so it survives restarts
-- and fires once across instances.
create table scheduled_tasks (
  task_name            text not null,
  task_instance        text not null,
  task_data            bytea,
  execution_time       timestamptz not null,
  picked               boolean not null,
  picked_by            text,
  last_success         timestamptz,
  last_failure         timestamptz,
  consecutive_failures integer,
  last_heartbeat       timestamptz,
  version              bigint not null,
  priority             smallint,
  primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
