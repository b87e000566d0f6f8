-- Callbacks ("Call me"): a customer leaves a phone number and is called now, or in a slot booked
-- from the real capacity of the agents who take calls. At its time a callback becomes a voice
-- conversation in the team queue, routed like any other; every call attempt is recorded.
-- Also the other way out of a long queue: "answer me by email".

-- A workspace without a row uses the defaults.
create table callback_settings (
  workspace_id uuid primary key references workspaces (id) on delete cascade,
  -- Whether the widget offers "Call me" at all.
  enabled boolean not null default true,
  -- Numbers typed without a country code are read as this country's (ISO 3166 alpha-2).
  default_country text not null default 'US' check (default_country ~ '^[A-Z]{2}$'),
  -- "Call me now" is offered only when someone can call within this many minutes.
  promise_minutes integer not null default 10 check (promise_minutes between 1 and 240),
  slot_minutes integer not null default 15 check (slot_minutes in (10, 15, 20, 30, 60)),
  days_ahead integer not null default 5 check (days_ahead between 1 and 14),
  -- No answer: call again after retry_minutes, up to max_attempts calls in all.
  max_attempts integer not null default 3 check (max_attempts between 1 and 10),
  retry_minutes integer not null default 10 check (retry_minutes between 1 and 1440),
  -- The email reminder goes this long before the slot (0: no reminder).
  reminder_minutes integer not null default 30 check (reminder_minutes between 0 and 1440),
  -- Above this expected wait the widget offers a callback or an email reply instead.
  alternatives_minutes integer not null default 15 check (alternatives_minutes between 1 and 480),
  -- The team that makes the calls (its members, its required skills); null: any agent.
  team_id uuid references teams (id) on delete set null,
  updated_by uuid references users (id) on delete set null,
  updated_at timestamptz not null default now()
);

create table callbacks (
  -- Made by the widget, so a retried booking finds the first one.
  id uuid primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  contact_id uuid references contacts (id) on delete set null,
  -- E.164, as normalised by libphonenumber.
  phone text not null check (phone ~ '^\+[1-9][0-9]{6,14}$'),
  name text check (char_length(name) <= 120),
  email text check (char_length(email) <= 320),
  note text check (char_length(note) <= 500),
  -- The customer's IANA time zone, so their emails name the time as their clock shows it.
  time_zone text check (char_length(time_zone) <= 64),
  kind text not null check (kind in ('now', 'slot')),
  slot_start timestamptz,
  slot_minutes integer check (slot_minutes between 1 and 1440),
  -- When it (next) becomes a task: now, the slot's start, or the retry time.
  due_at timestamptz not null,
  -- scheduled: waiting for due_at; queued: a task (its conversation open); then closed.
  status text not null
    check (status in ('scheduled', 'queued', 'completed', 'failed', 'cancelled')),
  -- The last call's outcome.
  outcome text check (outcome in ('reached', 'no_answer', 'wrong_number', 'rescheduled')),
  -- Calls made since it was (re)booked: the retry policy counts these.
  tries integer not null default 0,
  conversation_id uuid unique references conversations (id) on delete set null,
  reminder_sent_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint callbacks_slot check ((kind = 'slot') = (slot_start is not null and slot_minutes is not null))
);
-- Places taken per slot (booking counts them under the slot's lock).
create index callbacks_slot_idx on callbacks (workspace_id, slot_start)
  where status in ('scheduled', 'queued');
-- The sweeper: what becomes due, and whose reminder is owed.
create index callbacks_due_idx on callbacks (due_at) where status = 'scheduled';
create index callbacks_list_idx on callbacks (workspace_id, due_at);
-- One live callback per customer: a second booking changes nothing, the first is shown.
create unique index callbacks_one_live on callbacks (workspace_id, contact_id)
  where status in ('scheduled', 'queued') and contact_id is not null;

-- Every call an agent made and how it went.
create table callback_attempts (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  callback_id uuid not null references callbacks (id) on delete cascade,
  agent_id uuid references users (id) on delete set null,
  outcome text not null check (outcome in ('reached', 'no_answer', 'wrong_number', 'rescheduled')),
  note text check (char_length(note) <= 1000),
  -- Where a rescheduled callback moved to.
  rescheduled_to timestamptz,
  at timestamptz not null default now()
);
create index callback_attempts_callback_idx on callback_attempts (workspace_id, callback_id, id);

-- A waiting customer who chose "answer me by email": each reply of the team goes there once.
create table email_reply_requests (
  conversation_id uuid primary key references conversations (id) on delete cascade,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  email text not null check (char_length(email) <= 320),
  -- The last team message already queued as an email.
  emailed_seq bigint not null default 0,
  created_at timestamptz not null default now()
);
