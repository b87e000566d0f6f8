-- Understanding the text, and the outer loop. Every customer text (a message, a survey comment
-- or review, a complaint) gets a sentiment score and its key phrases; frequent phrases are
-- grouped into topics that an admin can rename, merge and split, and keyword rules win over the
-- automatic grouping. A topic can become an improvement; when it ships, everyone who raised it
-- is told once. Feedback routing rules send matching feedback to a team or a person.

create table topics (
  id uuid primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  name text not null check (char_length(name) between 1 and 80),
  -- 'auto': started by the grouping from a frequent phrase; 'admin': made by a person.
  origin text not null check (origin in ('auto', 'admin')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index topics_name_key on topics (workspace_id, lower(name));

-- Every phrase seen, with how many texts use it; the frequent ones belong to a topic.
create table topic_phrases (
  workspace_id uuid not null references workspaces (id) on delete cascade,
  -- The phrase's stems, space separated ("late deliveri"): the same however it is inflected.
  key text not null,
  -- As a customer first wrote it ("late delivery").
  phrase text not null,
  doc_count integer not null default 0 check (doc_count >= 0),
  topic_id uuid references topics (id) on delete set null,
  -- Placed by a person (a split): the automatic grouping never moves it.
  pinned boolean not null default false,
  primary key (workspace_id, key)
);
create index topic_phrases_topic_idx on topic_phrases (workspace_id, topic_id)
  where topic_id is not null;

-- "delivery" -> Shipping: a text with the keyword's stems belongs to the topic, whatever the
-- automatic grouping says about the words of the keyword.
create table topic_rules (
  id uuid primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  topic_id uuid not null references topics (id) on delete cascade,
  keyword text not null check (char_length(keyword) between 1 and 80),
  keyword_key text not null,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now()
);
create unique index topic_rules_keyword_key on topic_rules (workspace_id, keyword_key);

-- Feedback routing: the first rule (oldest first) whose keyword or topic matches sends a new
-- survey comment, review or complaint to a team or a person.
create table feedback_routes (
  id uuid primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  keyword text check (char_length(keyword) between 1 and 80),
  keyword_key text,
  topic_id uuid references topics (id) on delete cascade,
  -- Which feedback it applies to (csat, ces, nps, cx, review, complaint); empty: all of it.
  kinds text[] not null default '{}',
  team_id uuid references teams (id) on delete cascade,
  user_id uuid references users (id) on delete cascade,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  check ((keyword is null) = (keyword_key is null)),
  check (num_nonnulls(keyword_key, topic_id) >= 1),
  check (num_nonnulls(team_id, user_id) = 1)
);
create index feedback_routes_workspace_idx on feedback_routes (workspace_id, created_at);

-- One row per analysed customer text, from exactly one source; deleting the source deletes it.
create table feedback_texts (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  message_id bigint unique references messages (id) on delete cascade,
  response_id uuid unique references survey_responses (id) on delete cascade,
  case_id uuid unique references cases (id) on delete cascade,
  kind text not null
    check (kind in ('message', 'csat', 'ces', 'nps', 'cx', 'review', 'complaint')),
  contact_id uuid references contacts (id) on delete set null,
  conversation_id uuid references conversations (id) on delete set null,
  -- The start of the text, shown beside its topic (as text, never as HTML).
  excerpt text not null,
  written_at timestamptz not null,
  sentiment real not null check (sentiment between -1 and 1),
  sentiment_label text not null check (sentiment_label in ('negative', 'neutral', 'positive')),
  -- Every word stemmed, space separated and padded (" the deliveri wa late "): keyword rules
  -- match against it.
  terms text not null,
  -- The keys of its key phrases (see topic_phrases).
  phrases text[] not null default '{}',
  -- Where feedback routing sent it, decided once when it arrived.
  routed_team_id uuid references teams (id) on delete set null,
  routed_user_id uuid references users (id) on delete set null,
  route_id uuid references feedback_routes (id) on delete set null,
  routed_at timestamptz,
  analyzed_at timestamptz not null,
  check (num_nonnulls(message_id, response_id, case_id) = 1)
);
create index feedback_texts_period_idx on feedback_texts (workspace_id, written_at);
create index feedback_texts_phrases_idx on feedback_texts using gin (phrases);
create index feedback_texts_contact_idx on feedback_texts (workspace_id, contact_id);
create index feedback_texts_routed_idx on feedback_texts (workspace_id, routed_at desc)
  where routed_at is not null;

-- Which topics each text is in, and how: a keyword rule, or its phrases. Its time and whether it
-- was negative are copied here so counts per topic and period read one index.
create table feedback_text_topics (
  workspace_id uuid not null references workspaces (id) on delete cascade,
  text_id bigint not null references feedback_texts (id) on delete cascade,
  topic_id uuid not null references topics (id) on delete cascade,
  via text not null check (via in ('rule', 'phrase')),
  written_at timestamptz not null,
  negative boolean not null,
  primary key (text_id, topic_id)
);
create index feedback_text_topics_period_idx
  on feedback_text_topics (workspace_id, topic_id, written_at);
create index feedback_text_topics_written_idx on feedback_text_topics (workspace_id, written_at);

-- How far the indexer has read each source (it reads all workspaces' new rows, so this is not
-- a tenant's row). Messages by id; answers and complaints by the time their words were written.
create table feedback_index_cursors (
  source text primary key check (source in ('message', 'response', 'case')),
  last_id bigint not null default 0,
  last_at timestamptz
);
create index survey_responses_words_idx
  on survey_responses ((coalesce(commented_at, created_at))) where comment is not null;
create index cases_created_idx on cases (created_at);

-- The outer loop: a change to how the business works, usually made from a topic.
create table improvements (
  id uuid primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  topic_id uuid references topics (id) on delete set null,
  title text not null check (char_length(title) between 1 and 120),
  root_cause text not null default '' check (char_length(root_cause) <= 4000),
  -- What the customers who raised it are told when it ships; a sentence from the title if empty.
  announcement text not null default '' check (char_length(announcement) <= 1000),
  owner_id uuid references users (id) on delete set null,
  status text not null default 'proposed'
    check (status in ('proposed', 'planned', 'in_progress', 'shipped', 'wont_do')),
  target_date date,
  -- The last time it was marked shipped: volumes before and after are measured from here.
  shipped_at timestamptz,
  -- Shipped, and some raisers may not have been told yet (the indexer finishes the job).
  notify_pending boolean not null default false,
  -- Every status change, oldest first: [{from, to, by, at}].
  history jsonb not null default '[]',
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index improvements_workspace_idx on improvements (workspace_id, status, updated_at desc);
create index improvements_pending_idx on improvements (workspace_id) where notify_pending;

-- Feedback linked to an improvement by hand: a survey answer or review, a case, a conversation.
create table improvement_links (
  id uuid primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  improvement_id uuid not null references improvements (id) on delete cascade,
  response_id uuid references survey_responses (id) on delete cascade,
  case_id uuid references cases (id) on delete cascade,
  conversation_id uuid references conversations (id) on delete cascade,
  -- The customer behind it, who is told when the improvement ships.
  contact_id uuid references contacts (id) on delete set null,
  linked_by uuid references users (id) on delete set null,
  linked_at timestamptz not null default now(),
  check (num_nonnulls(response_id, case_id, conversation_id) = 1)
);
create unique index improvement_links_response_key on improvement_links (improvement_id, response_id)
  where response_id is not null;
create unique index improvement_links_case_key on improvement_links (improvement_id, case_id)
  where case_id is not null;
create unique index improvement_links_conversation_key
  on improvement_links (improvement_id, conversation_id) where conversation_id is not null;

-- Each raiser is told once per improvement, whatever happens to its status afterwards: the
-- primary key is the rule.
create table improvement_notices (
  workspace_id uuid not null references workspaces (id) on delete cascade,
  improvement_id uuid not null references improvements (id) on delete cascade,
  contact_id uuid not null references contacts (id) on delete cascade,
  -- Where they were told: the conversation the message went into, and whether an email went.
  conversation_id uuid references conversations (id) on delete set null,
  emailed boolean not null default false,
  notified_at timestamptz not null,
  primary key (improvement_id, contact_id)
);
