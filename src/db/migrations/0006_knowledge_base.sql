-- Knowledge base: categories, articles (raw Markdown), their earlier versions, and a per-workspace
-- revision counter that tells every process when its in-memory search index is stale.

create table kb_categories (
  id uuid primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  slug text not null,
  name text not null,
  position integer not null default 0,
  created_at timestamptz not null default now(),
  unique (workspace_id, slug)
);

create table kb_articles (
  id uuid primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  -- The id an import knows the article by; re-importing the same id updates this row.
  ext_id text,
  slug text not null,
  title text not null,
  body_md text not null,
  category_id uuid references kb_categories (id) on delete set null,
  locale text not null default 'en',
  status text not null default 'draft' check (status in ('draft', 'published')),
  source_url text,
  helpful_count integer not null default 0,
  not_helpful_count integer not null default 0,
  -- Increases on every change of title or body; earlier ones live in kb_article_versions.
  version integer not null default 1,
  updated_by_id uuid references users (id) on delete set null,
  updated_by_label text not null default 'system',
  published_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Null ext_ids are distinct in PostgreSQL, so articles made in the console never collide.
  unique (workspace_id, ext_id),
  unique (workspace_id, locale, slug)
);
create index kb_articles_list_idx on kb_articles (workspace_id, status, updated_at desc);

-- The title and body an article had before a save, with who wrote them and when.
create table kb_article_versions (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references workspaces (id) on delete cascade,
  article_id uuid not null references kb_articles (id) on delete cascade,
  version integer not null,
  title text not null,
  body_md text not null,
  author_id uuid references users (id) on delete set null,
  author_label text not null,
  created_at timestamptz not null,
  unique (article_id, version)
);
create index kb_article_versions_ws_idx on kb_article_versions (workspace_id, article_id);

-- Bumped in the same transaction as every knowledge-base write.
create table kb_index_state (
  workspace_id uuid primary key references workspaces (id) on delete cascade,
  revision bigint not null default 0
);
