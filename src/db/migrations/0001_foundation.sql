-- Tenants, people and access. Every tenant-owned table carries workspace_id.

create table workspaces (
  id uuid primary key,
  name text not null,
  -- Public: goes in the widget's script tag.
  public_key text not null unique,
  -- Secret: signs verified visitor identities (HMAC-SHA256 of the visitor id).
  identity_secret text not null,
  is_demo boolean not null default false,
  created_at timestamptz not null default now()
);

-- A person who can sign in. Global, so one person may belong to several workspaces.
create table users (
  id uuid primary key,
  email text not null,
  name text not null,
  -- scrypt$N$r$p$salt$hash; null until the person sets a password.
  password_hash text,
  failed_logins integer not null default 0,
  locked_until timestamptz,
  created_at timestamptz not null default now()
);
create unique index users_email_key on users (lower(email));

create table memberships (
  workspace_id uuid not null references workspaces (id) on delete cascade,
  user_id uuid not null references users (id) on delete cascade,
  role text not null check (role in ('owner', 'admin', 'agent', 'champion')),
  created_at timestamptz not null default now(),
  primary key (workspace_id, user_id)
);
create index memberships_user_idx on memberships (user_id);

-- Console sessions. The cookie holds a random token; only its SHA-256 is stored.
create table sessions (
  token_hash text primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  user_id uuid not null references users (id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user_idx on sessions (user_id);

-- Single-use sign-in links (first owner login, password resets).
create table login_links (
  token_hash text primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  user_id uuid not null references users (id) on delete cascade,
  expires_at timestamptz not null,
  used_at timestamptz
);

-- REST API tokens, shown once at creation and stored as SHA-256.
create table api_tokens (
  id uuid primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  name text not null,
  token_hash text not null unique,
  -- The first characters, so a person can recognise a token in a list.
  prefix text not null,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index api_tokens_workspace_idx on api_tokens (workspace_id);
