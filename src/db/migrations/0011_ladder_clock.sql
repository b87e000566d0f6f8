-- The ladder clock. Each open conversation stands on one rung of its workspace's escalation
-- ladder; rung_since is when it started waiting there (every change of owner restarts it). The
-- team queue and the supervisor rung are both owned by 'queue': the rung tells them apart.
alter table conversations
  add column rung text not null default 'queue'
    check (rung in ('bot', 'community', 'champion', 'queue', 'supervisor'));
update conversations set rung = 'bot' where owner = 'bot';
-- Conversations already open when this runs start their budgets now, not in the past: an
-- upgrade must not escalate a backlog all at once.
alter table conversations add column rung_since timestamptz not null default now();

-- The sweeper's one query: waiting conversations (with the bot or the queue) by how long they
-- have waited, across all workspaces, one range per owner. People's conversations are not on
-- the clock.
create index conversations_ladder_clock_idx on conversations (owner, rung_since)
  where status = 'open' and owner in ('bot', 'queue');

-- The language the customer reads (the widget's navigator.language): the assistant answers
-- from articles in it, falling back to its base language and then the workspace's main one.
alter table conversations add column locale text;

-- The rungs of a change that moved a conversation up the ladder without changing its owner
-- (queue -> supervisor); null on rows written before.
alter table conversation_handoffs add column from_rung text;
alter table conversation_handoffs add column to_rung text;

-- A customer the business treats as a VIP. It counts only for verified contacts (a signed
-- identity); customer-side code can never set it.
alter table contacts add column vip boolean not null default false;
