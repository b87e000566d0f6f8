-- Proactive invitations: the rules a workspace writes, every decision taken for a visitor (shown,
-- a fallback offered, or suppressed and why — the holdout group included) with what the visitor
-- did about it, and the business events that tell whether inviting changed anything.

create table invitation_rules (
  id uuid primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  name text not null check (char_length(name) between 1 and 80),
  enabled boolean not null default true,
  -- Who and where (validated JSON, shared/schemas/invitations.ts RuleConditions): URL patterns,
  -- time on page, pages in session, referrer, tracked events and attributes, audience.
  conditions jsonb not null,
  message text not null check (char_length(message) between 1 and 240),
  topic text not null default 'question' check (topic in ('question', 'complaint', 'feedback')),
  -- Whose staffing decides, and where the conversation goes; null: anyone in the workspace.
  team_id uuid references teams (id) on delete set null,
  -- The promise: shown only when a new arrival's predicted wait is at most this.
  max_wait_minutes integer not null check (max_wait_minutes between 1 and 120),
  fallback text not null default 'none' check (fallback in ('none', 'bot', 'callback')),
  fallback_message text check (char_length(fallback_message) <= 240),
  cap_days integer not null default 1 check (cap_days between 0 and 365),
  dismiss_days integer not null default 7 check (dismiss_days between 0 and 365),
  holdout_percent integer not null default 0 check (holdout_percent between 0 and 50),
  goal_event text not null default 'purchase',
  goal_days integer not null default 7 check (goal_days between 1 and 90),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index invitation_rules_workspace_idx on invitation_rules (workspace_id, created_at);
create unique index invitation_rules_name_key on invitation_rules (workspace_id, lower(name));

-- One row per decision. `visitor_key` is the widget's random id for the browser, so visitors are
-- counted (caps, holdout, conversion) before and without a conversation or a contact.
create table invitations (
  id uuid primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  rule_id uuid not null references invitation_rules (id) on delete cascade,
  visitor_key text not null,
  contact_id uuid references contacts (id) on delete set null,
  decision text not null check (decision in ('shown', 'fallback', 'suppressed')),
  reason text check (reason in
    ('no_capacity', 'outside_hours', 'frequency_cap', 'dismissed_recently', 'holdout')),
  offer text check (offer in ('person', 'bot', 'callback')),
  -- What the queue model promised a new arrival at that moment; null when nobody could answer.
  predicted_wait_minutes integer,
  url text not null,
  response text check (response in ('accepted', 'dismissed')),
  responded_at timestamptz,
  conversation_id uuid references conversations (id) on delete set null,
  decided_at timestamptz not null default now(),
  constraint invitations_reason check ((decision = 'shown') = (reason is null)),
  constraint invitations_offer check ((decision = 'suppressed') = (offer is null)),
  constraint invitations_response check (response is null or decision <> 'suppressed')
);
create index invitations_rule_idx on invitations (workspace_id, rule_id, decided_at);
create index invitations_visitor_idx on invitations (workspace_id, visitor_key, decided_at desc);

-- Business events (`Parley('track', 'purchase')`) of visitors who were invited or held out.
create table invitation_goals (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  visitor_key text not null,
  name text not null,
  at timestamptz not null default now()
);
create index invitation_goals_visitor_idx on invitation_goals (workspace_id, visitor_key, name, at);
