import type { KbArticleRow } from '../../db/queries/kb-articles.js';
import type { KbVersionRow } from '../../db/queries/kb-versions.js';
import type { KbArticle, KbArticleVersion } from '../../shared/schemas/kb.js';

/** Who saved an article: a member, or a process (an import, the API) named by a label. */
export interface Editor {
  userId: string | null;
  label: string;
}

export const articleView = (r: KbArticleRow): KbArticle => ({
  id: r.id,
  externalId: r.ext_id,
  slug: r.slug,
  title: r.title,
  bodyMd: r.body_md,
  category: r.category_name,
  locale: r.locale,
  status: r.status,
  url: r.source_url,
  helpful: r.helpful_count,
  notHelpful: r.not_helpful_count,
  version: r.version,
  updatedBy: r.updated_by_label,
  publishedAt: r.published_at?.toISOString() ?? null,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

export const versionView = (r: KbVersionRow): KbArticleVersion => ({
  version: r.version,
  title: r.title,
  bodyMd: r.body_md,
  author: r.author_label,
  createdAt: r.created_at.toISOString(),
});
