import { findPublishedArticleBySlug } from '../../../db/queries/help-center.js';
import type { CoreDeps } from '../../deps.js';
import { markdownToText, renderMarkdown } from '../render-markdown.js';
import { clip } from '../search/snippet.js';
import type { HelpLink } from './list-help-topics.js';
import { relatedArticles } from './related-articles.js';

/** A published article ready for its public page. */
export interface HelpArticle {
  id: string;
  slug: string;
  title: string;
  locale: string;
  /** Safe HTML (raw HTML in the Markdown is shown as text). */
  html: string;
  /** About the first 155 characters of its text, for search engines' result snippets. */
  description: string;
  category: { name: string; slug: string } | null;
  updatedAt: Date;
  related: HelpLink[];
}

// Search engines show roughly this much of a meta description.
const DESCRIPTION_CHARS = 155;

/** The published article with this slug and its related articles; undefined for a draft. */
export async function getHelpArticle(
  deps: Pick<CoreDeps, 'db'>,
  input: { workspaceId: string; slug: string },
): Promise<HelpArticle | undefined> {
  const row = await findPublishedArticleBySlug(deps.db, input.workspaceId, input.slug);
  if (!row) return undefined;
  const body = withoutLeadingTitle(row.body_md, row.title);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    locale: row.locale,
    html: renderMarkdown(body),
    description: clip(markdownToText(body), DESCRIPTION_CHARS),
    category:
      row.category_name && row.category_slug
        ? { name: row.category_name, slug: row.category_slug }
        : null,
    updatedAt: row.updated_at,
    related: await relatedArticles(deps, { workspaceId: input.workspaceId, article: row }),
  };
}

/** Imported Markdown often repeats the title as its first heading; the page already shows it. */
function withoutLeadingTitle(md: string, title: string): string {
  const first = /^#\s+(.+?)\s*#*\s*(?:\n|$)/.exec(md);
  if (!first || first[1]!.trim().toLowerCase() !== title.trim().toLowerCase()) return md;
  return md.slice(first[0].length).replace(/^\s+/, '');
}
