-- When a conversation joined the team queue: its place in line. Null unless the queue owns it.
alter table conversations add column queued_at timestamptz;
update conversations set queued_at = updated_at where owner = 'queue' and status = 'open';
create index conversations_queue_idx on conversations (workspace_id, queued_at)
  where owner = 'queue' and status = 'open';
-- When a person took it (for observed handle times).
alter table conversations add column claimed_at timestamptz;
-- When it was last resolved (observed handle time = resolved_at - claimed_at).
alter table conversations add column resolved_at timestamptz;
