-- Service-level targets: per priority, how soon the first reply, each next reply and the
-- resolution are owed; and per conversation, every clock that ran, so breaches are recorded
-- and reported rather than inferred later.

create table sla_policies (
  workspace_id uuid not null references workspaces (id) on delete cascade,
  priority text not null check (priority in ('urgent', 'high', 'normal', 'low')),
  -- Null: no target for this metric at this priority.
  first_response_minutes integer check (first_response_minutes between 1 and 525600),
  next_response_minutes integer check (next_response_minutes between 1 and 525600),
  resolution_minutes integer check (resolution_minutes between 1 and 525600),
  -- Count only the conversation's team's open hours (a team without hours is always open).
  business_hours boolean not null default true,
  -- Warn this long before the due time (0: no warning).
  warn_before_minutes integer not null default 15 check (warn_before_minutes between 0 and 10080),
  updated_at timestamptz not null default now(),
  primary key (workspace_id, priority)
);

create table sla_targets (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  conversation_id uuid not null references conversations (id) on delete cascade,
  metric text not null check (metric in ('first_response', 'next_response', 'resolution')),
  -- The priority the due time was worked out for: a change of priority recomputes it.
  priority text not null check (priority in ('urgent', 'high', 'normal', 'low')),
  started_at timestamptz not null,
  -- Null when the policy sets no target: the clock is still recorded for a later policy.
  due_at timestamptz,
  warned_at timestamptz,
  met_at timestamptz,
  breached_at timestamptz,
  -- The clock stopped without being met or missed (a reply owed on a resolved conversation).
  stopped_at timestamptz
);
-- A conversation has one first response, and at most one running clock of each kind.
create unique index sla_targets_first_response_key
  on sla_targets (conversation_id) where metric = 'first_response';
create unique index sla_targets_open_response_key
  on sla_targets (conversation_id)
  where metric <> 'resolution' and met_at is null and stopped_at is null;
create unique index sla_targets_open_resolution_key
  on sla_targets (conversation_id)
  where metric = 'resolution' and met_at is null and stopped_at is null;
-- The sweep: running clocks with a due time, nearest first.
create index sla_targets_running_idx
  on sla_targets (due_at)
  where met_at is null and stopped_at is null and breached_at is null and due_at is not null;
create index sla_targets_conversation_idx on sla_targets (workspace_id, conversation_id);
create index sla_targets_report_idx on sla_targets (workspace_id, started_at);
