-- A person named by surname alone ("Trump") in an article that never gives the full name is looked
-- up among the full names that end in that word; the index keeps the look-up off a scan of every
-- entity.
create index entity_person_last_word on entity ((substring(name from '[^ ]+$'))) where type = 'PERSON';
