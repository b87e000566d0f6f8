-- Complaints become cases: each has an owner, a status, a promised time, the recovery actions
-- taken and a history. The customer is acknowledged once per complaint, and the database holds
-- that rule (a unique index), so no retry or race can send a second acknowledgement.

-- Each workspace's complaint policy (categories, the owning team, response hours), as validated
-- JSON. A workspace without a row uses the built-in default.
create table complaint_policies (
  workspace_id uuid primary key references workspaces (id) on delete cascade,
  policy jsonb not null,
  updated_by uuid references users (id) on delete set null,
  updated_at timestamptz not null default now()
);

-- The last case number handed out per workspace: the reference a customer can quote (C-12).
create table case_counters (
  workspace_id uuid primary key references workspaces (id) on delete cascade,
  last_number bigint not null default 0
);

create table cases (
  -- Made by the widget for the complaint, so a retried submission finds this row again.
  id uuid primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  number bigint not null,
  conversation_id uuid not null references conversations (id) on delete cascade,
  contact_id uuid references contacts (id) on delete set null,
  category text not null,
  description text not null check (char_length(description) <= 10000),
  order_ref text check (char_length(order_ref) <= 100),
  -- The person who owns the case; null while the team (named in `team`) owns it.
  owner_id uuid references users (id) on delete set null,
  team text not null,
  status text not null default 'open'
    check (status in ('open', 'in_progress', 'resolved', 'reopened')),
  -- What the customer was promised: an answer by this time.
  due_at timestamptz not null,
  resolved_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- One case per complaint conversation.
  unique (conversation_id),
  unique (workspace_id, number)
);
create index cases_due_idx on cases (workspace_id, status, due_at);

-- What was done to put things right: an apology, a refund, a credit, something else.
create table case_actions (
  id uuid primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  case_id uuid not null references cases (id) on delete cascade,
  kind text not null check (kind in ('apology', 'refund', 'credit', 'other')),
  note text check (char_length(note) <= 2000),
  amount numeric(12, 2) check (amount > 0),
  currency text check (currency ~ '^[A-Z]{3}$'),
  -- Shown on the customer's status page and in the widget; internal actions never are.
  customer_visible boolean not null default true,
  recorded_by uuid references users (id) on delete set null,
  recorded_at timestamptz not null default now(),
  check ((amount is null) = (currency is null))
);
create index case_actions_case_idx on case_actions (workspace_id, case_id, recorded_at);

-- Every change with who made it and when: the case's history. Internal notes live here too;
-- the customer never sees this table.
create table case_events (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  case_id uuid not null references cases (id) on delete cascade,
  kind text not null check (kind in ('created', 'status', 'owner', 'due', 'action', 'note')),
  detail jsonb not null default '{}',
  actor_id uuid references users (id) on delete set null,
  at timestamptz not null default now()
);
create index case_events_case_idx on case_events (workspace_id, case_id, id);

-- Exactly one acknowledgement per complaint conversation.
create unique index messages_one_case_ack on messages (conversation_id)
  where meta ->> 'kind' = 'case_ack';
