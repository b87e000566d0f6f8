-- Where a customer is right now: the widget reports the page (URL and title) it runs on, so an
-- agent sees what the customer is looking at. contacts.current_url and contacts.last_seen_at
-- exist since 0002 (unused until now); this adds the title and bounds both texts, so a value
-- that slipped past the edge's validation still cannot grow without limit.
alter table contacts add column current_title text;
alter table contacts
  add constraint contacts_current_url_length check (char_length(current_url) <= 2048),
  add constraint contacts_current_title_length check (char_length(current_title) <= 300);
