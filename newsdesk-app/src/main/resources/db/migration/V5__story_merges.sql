-- Stories merged away by the grouper (an article bridged two fragments of one event): their
-- addresses live on in digests, feeds and bookmarks, so each answers with a redirect to the story
-- it became. A chain (A into B, later B into C) is kept flat: A points at C.
create table story_merge (
  absorbed_id bigint primary key,
  into_id     bigint not null references story (id) on delete cascade,
  merged_at   timestamptz not null default now()
);
create index story_merge_into on story_merge (into_id);
