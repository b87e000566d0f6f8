-- Each workspace's escalation ladder (bot, community, champion, team queue, supervisor), as
-- validated JSON. A workspace without a row uses the built-in default.
create table escalation_ladders (
  workspace_id uuid primary key references workspaces (id) on delete cascade,
  ladder jsonb not null,
  updated_by uuid references users (id) on delete set null,
  updated_at timestamptz not null default now()
);
