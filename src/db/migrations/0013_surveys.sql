-- Voice of the customer: surveys offered (or held back, and why), answers and reviews, the
-- follow-ups that recover unhappy customers, and an email outbox so mail leaves only after the
-- change that asked for it has committed.

-- A workspace without a row uses the defaults (30 days between surveys, everyone sampled).
create table survey_settings (
  workspace_id uuid primary key references workspaces (id) on delete cascade,
  -- No contact is offered more than one survey in this many days, whatever its kind (0: no cap).
  fatigue_days integer not null default 30 check (fatigue_days between 0 and 365),
  -- The share of occasions surveyed per touchpoint, 0 to 1: {"conversation_resolved": 0.5}.
  sampling jsonb not null default '{}',
  -- How long the owner of a follow-up has to get back to the customer.
  follow_up_hours integer not null default 48 check (follow_up_hours between 1 and 720),
  updated_by uuid references users (id) on delete set null,
  updated_at timestamptz not null default now()
);

-- Every occasion a survey could have been offered: offered, held back (with the reason), answered.
create table survey_offers (
  id uuid primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  contact_id uuid references contacts (id) on delete set null,
  kind text not null check (kind in ('csat', 'ces', 'nps', 'cx')),
  touchpoint text not null check (touchpoint in ('conversation_resolved', 'case_resolved', 'relational')),
  conversation_id uuid references conversations (id) on delete set null,
  -- The complaint case it follows up (CES after a case is resolved).
  case_id uuid references cases (id) on delete set null,
  -- The member who handled it: they thank the customer and own a follow-up.
  agent_id uuid references users (id) on delete set null,
  status text not null check (status in ('offered', 'suppressed', 'answered')),
  reason text check (reason in ('fatigue', 'sampling', 'no_channel')),
  -- Where it was delivered: the widget conversation, an email, a link the caller hands out.
  channels text[] not null default '{}',
  -- The member who sent a relational survey by hand.
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz,
  answered_at timestamptz,
  constraint survey_offers_reason check ((status = 'suppressed') = (reason is not null))
);
-- The fatigue check: a contact's latest survey that was actually offered.
create index survey_offers_contact_idx on survey_offers (workspace_id, contact_id, created_at desc)
  where status <> 'suppressed';
create index survey_offers_workspace_idx on survey_offers (workspace_id, created_at desc);
create index survey_offers_conversation_idx on survey_offers (workspace_id, conversation_id)
  where conversation_id is not null;

-- Answers to offers, and reviews a customer wrote unasked (offer_id null).
create table survey_responses (
  id uuid primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  offer_id uuid unique references survey_offers (id) on delete set null,
  kind text not null check (kind in ('csat', 'ces', 'nps', 'cx', 'review')),
  contact_id uuid references contacts (id) on delete set null,
  conversation_id uuid references conversations (id) on delete set null,
  case_id uuid references cases (id) on delete set null,
  -- CSAT 1-5, CES 1-7, NPS 0-10, review stars 1-5; the CX index: its items' mean, rounded.
  score smallint not null,
  -- The CX index's three items, 1-5 each; null for the other kinds.
  cx_effective smallint check (cx_effective between 1 and 5),
  cx_easy smallint check (cx_easy between 1 and 5),
  cx_enjoyable smallint check (cx_enjoyable between 1 and 5),
  comment text check (char_length(comment) <= 5000),
  channel text not null check (channel in ('widget', 'email', 'link')),
  -- The named person who thanked the customer for it.
  thanked_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  commented_at timestamptz,
  constraint survey_responses_score check (
    (kind in ('csat', 'review', 'cx') and score between 1 and 5)
    or (kind = 'ces' and score between 1 and 7)
    or (kind = 'nps' and score between 0 and 10)),
  constraint survey_responses_cx check (
    (kind = 'cx') = (cx_effective is not null and cx_easy is not null and cx_enjoyable is not null))
);
create index survey_responses_period_idx on survey_responses (workspace_id, kind, created_at desc);
create index survey_responses_recent_idx on survey_responses (workspace_id, created_at desc);

-- The inner loop: an unhappy answer becomes a task for a person, with a due date and an outcome.
create table feedback_follow_ups (
  id uuid primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  response_id uuid not null unique references survey_responses (id) on delete cascade,
  -- A person who owns follow-ups cannot vanish underneath them; hand them over first.
  owner_id uuid not null references users (id),
  due_at timestamptz not null,
  status text not null default 'open'
    check (status in ('open', 'contacted', 'recovered', 'not_recovered')),
  -- Every outcome recorded, oldest first: [{status, note, by, at}].
  history jsonb not null default '[]',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  closed_at timestamptz
);
create index feedback_follow_ups_open_idx on feedback_follow_ups (workspace_id, due_at)
  where status in ('open', 'contacted');

-- Mail waiting to be sent: written in the transaction that wants it sent, sent after commit by
-- a dispatcher, retried with backoff. `data` is what the template needs (links, names, text).
create table email_outbox (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  template text not null,
  to_address text not null check (char_length(to_address) <= 320),
  data jsonb not null,
  status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index email_outbox_due_idx on email_outbox (next_attempt_at) where status = 'pending';
