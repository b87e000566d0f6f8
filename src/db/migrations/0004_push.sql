-- Web Push for the console: a phone gets a notification when the app is closed.

-- Keys that belong to this installation rather than a workspace (the VAPID key pair). Generated
-- on first use and kept, because every existing subscription is bound to the public key.
create table server_keys (
  name text primary key,
  value jsonb not null,
  created_at timestamptz not null default now()
);

create table push_subscriptions (
  id uuid primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  user_id uuid not null references users (id) on delete cascade,
  -- The push service URL is the subscription's identity; a browser re-subscribing reuses it.
  endpoint text not null unique,
  p256dh text not null,
  auth text not null,
  user_agent text,
  created_at timestamptz not null default now(),
  last_sent_at timestamptz,
  failures integer not null default 0
);
create index push_subscriptions_workspace_idx on push_subscriptions (workspace_id, user_id);
