-- Conversations and their messages. The realtime contract: the sender makes the message id
-- (client_id), the store is idempotent on it, and each conversation has a monotonic sequence.

-- A customer. Anonymous until identified; `verified` only when the site signed their id (HMAC).
create table contacts (
  id uuid primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  -- The site's own id for this person; set only from a verified identity.
  external_id text,
  name text,
  email text,
  verified boolean not null default false,
  current_url text,
  last_seen_at timestamptz,
  created_at timestamptz not null default now()
);
create index contacts_workspace_idx on contacts (workspace_id, created_at desc);
create unique index contacts_external_key on contacts (workspace_id, external_id)
  where external_id is not null;

-- The widget's anonymous visitor tokens (one per browser), stored as SHA-256.
create table visitor_tokens (
  token_hash text primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  contact_id uuid not null references contacts (id) on delete cascade,
  created_at timestamptz not null default now()
);
create index visitor_tokens_contact_idx on visitor_tokens (contact_id);

create table conversations (
  id uuid primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  contact_id uuid references contacts (id) on delete set null,
  status text not null default 'open' check (status in ('open', 'resolved')),
  -- What the customer chose on the help button.
  topic text not null default 'question' check (topic in ('question', 'complaint', 'feedback')),
  subject text,
  -- The team member who owns the conversation now, if any.
  assignee_id uuid references users (id) on delete set null,
  last_seq bigint not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index conversations_workspace_idx on conversations (workspace_id, status, updated_at desc);
create index conversations_assignee_idx on conversations (workspace_id, assignee_id, status);
create index conversations_contact_idx on conversations (workspace_id, contact_id, updated_at desc);

create table messages (
  id bigint generated always as identity primary key,
  workspace_id uuid not null,
  conversation_id uuid not null references conversations (id) on delete cascade,
  seq bigint not null,
  client_id text not null,
  author_type text not null check (author_type in ('contact', 'agent', 'bot', 'system')),
  author_id uuid,
  private boolean not null default false,
  body text not null,
  created_at timestamptz not null default now(),
  unique (conversation_id, client_id),
  unique (conversation_id, seq)
);
