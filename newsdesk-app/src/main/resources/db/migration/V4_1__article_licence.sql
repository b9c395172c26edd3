-- The licence an article's text comes under and the credit it asks for, as a file gave them
-- (Wikinews: "CC BY 2.5" and a credit line naming the page and its revision). Shown wherever
-- the article is; absent for articles whose terms we were not told.
alter table article add column licence text;
alter table article add column attribution text;
