-- The public catalogue: one row per service it shows (a published description, not liquidated),
-- holding what search, filters and result lists need. The services module rebuilds a row whenever
-- what the catalogue shows of that service changes, and deletes it when the service leaves.

create table catalogue_entry (
  service_id uuid primary key references service,
  identifier text not null,
  holder_id uuid not null references organisation,
  title_lv text not null,
  title_en text,
  short_description_lv text not null,
  short_description_en text,
  -- The title folded to lower case without diacritics (the English one falling back to Latvian):
  -- an order that puts "Ēku" beside "Eku" under any collation.
  sort_title_lv text not null,
  sort_title_en text not null,
  kind text not null,
  audience text[] not null,
  life_events text[] not null,
  business_events text[] not null,
  channel_types text[] not null,
  nationwide boolean not null,
  municipalities text[] not null,
  -- Latvian stems made by the server (PostgreSQL has no Latvian stemmer), weighted: title A,
  -- short description and keywords B, the rest C. Queries match it with prefixes of stems.
  search tsvector not null,
  published_number integer not null,
  published_at timestamptz not null
);

create index catalogue_entry_search on catalogue_entry using gin (search);
create index catalogue_entry_holder on catalogue_entry (holder_id);
create index catalogue_entry_audience on catalogue_entry using gin (audience);
create index catalogue_entry_life_events on catalogue_entry using gin (life_events);
create index catalogue_entry_business_events on catalogue_entry using gin (business_events);
create index catalogue_entry_channel_types on catalogue_entry using gin (channel_types);
create index catalogue_entry_municipalities on catalogue_entry using gin (municipalities);
-- Browsing without search words pages through the titles; the id keeps equal titles in one order.
create index catalogue_entry_sort_lv on catalogue_entry (sort_title_lv collate "C", service_id);
create index catalogue_entry_sort_en on catalogue_entry (sort_title_en collate "C", service_id);
