-- Readers, what they follow, and the one email a day they get.
create table subscriber (
  id               bigserial primary key,
  -- normalised: trimmed, domain lower-cased and in ASCII (IDNA); the local part kept as typed
  email            text not null unique,
  time_zone        text not null,          -- IANA zone id, e.g. Asia/Kolkata
  send_hour        smallint not null check (send_hour between 0 and 23),
  state            text not null default 'pending'
                   check (state in ('pending', 'active', 'paused', 'unsubscribed')),
  created_at       timestamptz not null default now(),
  confirmed_at     timestamptz,
  unsubscribed_at  timestamptz,
  -- when the next digest is due: send_hour in time_zone, set on confirmation and after each run
  next_digest_at   timestamptz,
  -- news up to this instant was covered by an earlier digest (or predates the subscription)
  covered_until    timestamptz,
  -- bumped to revoke every link mailed before (unsubscribe, then subscribe again)
  token_generation integer not null default 0
);
create index subscriber_due on subscriber (next_digest_at) where state = 'active';

create table follow (
  subscriber_id bigint not null references subscriber (id) on delete cascade,
  kind          text not null check (kind in ('entity', 'place', 'search', 'topic')),
  value         text not null,   -- entity id, ISO 3166 alpha-2 code, query, event type
  label         text not null,   -- what the reader sees: "North Korea", "Military attack"
  created_at    timestamptz not null default now(),
  primary key (subscriber_id, kind, value)
);
create index follow_value on follow (kind, value);

-- Every email, composed once and stored before it is sent; a sender claims a row with
-- FOR UPDATE SKIP LOCKED and a lease, so across crashes and instances each is sent once and a
-- retry reuses its Message-ID. One digest per (subscriber, local day) by the unique key.
create table outbox (
  id             bigserial primary key,
  subscriber_id  bigint references subscriber (id) on delete set null,
  kind           text not null check (kind in ('digest', 'confirm')),
  digest_day     date,           -- the subscriber's local date; null for confirmations
  recipient      text not null,
  message_id     text not null unique,
  subject        text not null,
  html_body      text not null,
  text_body      text not null,
  -- extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post
  headers        jsonb not null default '{}',
  state          text not null default 'queued'
                 check (state in ('queued', 'sent', 'failed', 'suppressed')),
  attempts       integer not null default 0,
  not_before     timestamptz not null default now(),
  claimed_by     text,
  lease_until    timestamptz,
  created_at     timestamptz not null default now(),
  sent_at        timestamptz,
  last_error     text,
  unique (subscriber_id, kind, digest_day)
);
create index outbox_queued on outbox (not_before) where state = 'queued';
create index outbox_recipient on outbox (recipient, created_at);

-- What each subscriber was sent of each story, and how big it was then: novelty ranking and
-- "update:" come from here.
create table digest_story (
  subscriber_id       bigint not null references subscriber (id) on delete cascade,
  story_id            bigint not null references story (id) on delete cascade,
  outbox_id           bigint not null references outbox (id) on delete cascade,
  digest_day          date not null,
  articles            integer not null,
  independent_sources integer not null,
  -- the facts (claims, denials, quotes, events) already told, as short stable keys
  facts               text[] not null default '{}',
  primary key (subscriber_id, story_id, digest_day)
);
create index digest_story_story on digest_story (story_id);

-- Addresses no mail goes to: hard bounces, repeated failures. Visible and reversible by an admin.
create table suppression (
  email      text primary key,
  reason     text not null,
  created_at timestamptz not null default now()
);

-- The built-in SMTP sink: with no relay configured, outgoing mail lands here, readable by an
-- admin in the web UI.
create table sink_message (
  id          bigserial primary key,
  received_at timestamptz not null default now(),
  mail_from   text,
  recipients  text[] not null,
  message_id  text,
  subject     text,
  raw         bytea not null
);
create index sink_message_received on sink_message (received_at desc);
