-- Stories: articles from many sources about one event, grouped online as they are analyzed.
create table story (
  id                  bigserial primary key,
  title               text not null,
  first_published     timestamptz,
  last_published      timestamptz,
  articles            integer not null default 0,
  independent_sources integer not null default 0,
  created_at          timestamptz not null default now(),
  updated_at          timestamptz not null default now()
);
create index story_rank on story (last_published desc);
alter table article add column story_id bigint references story (id) on delete set null;
alter table article add column grouped_at timestamptz;
create index article_story on article (story_id);
create index article_grouped on article (grouped_at);

-- Articles analyzed before stories existed are grouped too, oldest first.
insert into work (article_id, stage, not_before)
select id, 'group', coalesce(analyzed_at, now()) from article where state = 'done'
on conflict do nothing;
