-- What a message carries beyond its text: for the virtual agent's answers, the citations and
-- confidence the widget shows and the console summarises.
alter table messages add column meta jsonb;

-- Every automated answer, whether it helped, and what it cited: the source of the automated
-- resolution and article helpfulness metrics.
create table bot_answers (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  conversation_id uuid not null references conversations (id) on delete cascade,
  -- The bot message that carried it.
  seq bigint not null,
  question text not null,
  declined boolean not null,
  confidence real not null,
  citations jsonb not null,
  -- The customer's "Did that answer your question?"; null until they say.
  helpful boolean,
  created_at timestamptz not null default now(),
  unique (conversation_id, seq)
);
create index bot_answers_workspace_idx on bot_answers (workspace_id, created_at);
