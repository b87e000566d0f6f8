-- Routing: teams, what each agent can take on and how much at once, and why each conversation
-- went where it went.

create table teams (
  id uuid primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  name text not null,
  -- Skills every conversation routed to this team needs (skill -> minimum level 1..5).
  required_skills jsonb not null default '{}',
  -- Weekly opening hours in a time zone, with holidays (validated JSON); null = always open.
  business_hours jsonb,
  created_at timestamptz not null default now()
);
create unique index teams_name_key on teams (workspace_id, lower(name));

create table team_members (
  workspace_id uuid not null references workspaces (id) on delete cascade,
  team_id uuid not null references teams (id) on delete cascade,
  user_id uuid not null references users (id) on delete cascade,
  primary key (team_id, user_id)
);
create index team_members_user_idx on team_members (workspace_id, user_id);

-- Per agent and workspace: skills with levels, concurrent capacity per channel, and whether
-- they take new work now (available) or not (away). Online/offline comes from connections.
create table agent_profiles (
  workspace_id uuid not null references workspaces (id) on delete cascade,
  user_id uuid not null references users (id) on delete cascade,
  skills jsonb not null default '{}',
  capacity jsonb not null default '{"chat": 3, "email": 5, "voice": 1}',
  status text not null default 'available' check (status in ('available', 'away')),
  status_changed_at timestamptz not null default now(),
  primary key (workspace_id, user_id)
);

alter table conversations add column team_id uuid references teams (id) on delete set null;
alter table conversations add column priority text not null default 'normal'
  check (priority in ('urgent', 'high', 'normal', 'low'));
alter table conversations add column channel text not null default 'chat'
  check (channel in ('chat', 'email', 'voice'));

-- Every routing decision with its reason: the audit trail an admin reads when asking "why me?"
create table routing_decisions (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  conversation_id uuid references conversations (id) on delete cascade,
  agent_id uuid,
  reason text not null,
  detail text not null,
  at timestamptz not null default now()
);
create index routing_decisions_conversation_idx
  on routing_decisions (workspace_id, conversation_id, id);
