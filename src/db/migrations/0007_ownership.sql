-- Every conversation has exactly one owner at any moment: the bot, a team queue, an agent or a
-- champion. assignee_id names the person when a person owns it, and only then.

alter table conversations
  add column owner text not null default 'queue'
    check (owner in ('bot', 'queue', 'agent', 'champion'));
update conversations set owner = 'agent' where assignee_id is not null;
-- A person who owns conversations cannot vanish underneath them; remove the membership instead.
alter table conversations drop constraint conversations_assignee_id_fkey;
alter table conversations
  add constraint conversations_assignee_id_fkey foreign key (assignee_id) references users (id);
alter table conversations
  add constraint conversations_one_owner
    check ((owner in ('agent', 'champion')) = (assignee_id is not null));

-- Every change of owner, with why and by whom: the audit trail and the source of escalation
-- metrics.
create table conversation_handoffs (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  conversation_id uuid not null references conversations (id) on delete cascade,
  from_owner text not null,
  from_user uuid,
  to_owner text not null,
  to_user uuid,
  reason text not null,
  -- The member who made the change; null when the customer or the system did.
  actor_id uuid,
  at timestamptz not null default now()
);
create index conversation_handoffs_conversation_idx
  on conversation_handoffs (workspace_id, conversation_id, id);
