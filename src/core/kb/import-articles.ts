import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/db.js';
import { findArticlesByImportIds, listArticleSlugs } from '../../db/queries/kb-articles.js';
import type { KbImportError, KbImportResult } from '../../shared/schemas/kb.js';
import type { CoreDeps } from '../deps.js';
import type { Editor } from './article-view.js';
import { categoryIds } from './categories.js';
import type { ImportCandidate, Parsed } from './import/candidates.js';
import { parseJsonLines } from './import/parse-jsonl.js';
import { parseMarkdownFiles, type MarkdownFile } from './import/parse-markdown.js';
import { persistArticles, writeKb, type ArticleWrite } from './persist.js';
import { slugify, uniqueSlug } from './slug.js';

export type ImportSource =
  { kind: 'jsonl'; text: string } | { kind: 'markdown'; files: MarkdownFile[] };

/**
 * Imports articles by their import id: new ids create articles, known ids update them, and an
 * article whose content is the same is left alone (no new version). Invalid lines are reported
 * with their line (or file) and skipped; the rest is imported in one transaction. Imported
 * articles are published unless a line says `"status": "draft"`.
 */
export async function importArticles(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  input: { workspaceId: string; source: ImportSource; editor: Editor },
): Promise<KbImportResult> {
  const parsed =
    input.source.kind === 'jsonl'
      ? parseJsonLines(input.source.text)
      : parseMarkdownFiles(input.source.files);
  const { candidates, errors } = withoutDuplicates(parsed);
  const result: KbImportResult = { created: 0, updated: 0, unchanged: 0, errors };
  if (candidates.length === 0) return result;
  return writeKb(deps, input.workspaceId, async (tx) => {
    const writes = await plan(tx, input.workspaceId, candidates, input.editor);
    const { kinds, change } = await persistArticles(tx, input.workspaceId, writes, deps.now());
    for (const kind of kinds) result[kind]++;
    return { result, change, changed: result.created + result.updated > 0 };
  });
}

/** An id given twice in one import is an error on its second appearance. */
function withoutDuplicates(parsed: Parsed): Parsed {
  const firstAt = new Map<string, ImportCandidate>();
  const errors: KbImportError[] = [...parsed.errors];
  for (const c of parsed.candidates) {
    const first = firstAt.get(c.id);
    if (!first) {
      firstAt.set(c.id, c);
      continue;
    }
    const where = first.line !== null ? `line ${first.line}` : `${first.file}`;
    errors.push({
      line: c.line,
      file: c.file,
      id: c.id,
      message: `The id "${c.id}" was already used by ${where}; each id may appear once per import.`,
    });
  }
  errors.sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.file ?? '').localeCompare(b.file ?? ''),
  );
  return { candidates: [...firstAt.values()], errors };
}

async function plan(
  tx: Db,
  workspaceId: string,
  candidates: readonly ImportCandidate[],
  editor: Editor,
): Promise<ArticleWrite[]> {
  const existing = await findArticlesByImportIds(
    tx,
    workspaceId,
    candidates.map((c) => c.id),
  );
  const byImportId = new Map(existing.map((row) => [row.ext_id ?? row.id, row]));
  const categories = await categoryIds(
    tx,
    workspaceId,
    candidates.map((c) => c.category),
  );
  const taken = new Map<string, Set<string>>();
  const takenIn = (locale: string) => {
    let set = taken.get(locale);
    if (!set) taken.set(locale, (set = new Set()));
    return set;
  };
  for (const s of await listArticleSlugs(tx, workspaceId)) takenIn(s.locale).add(s.slug);
  return candidates.map((c) => {
    const row = byImportId.get(c.id);
    const locale = c.locale ?? row?.locale ?? 'en';
    const category = c.category?.trim() || null;
    let slug = row?.slug;
    if (!slug || locale !== row?.locale) {
      slug = uniqueSlug(slugify(c.title), takenIn(locale));
      takenIn(locale).add(slug);
    }
    return {
      id: row?.id ?? randomUUID(),
      ...(row ? { existing: row } : {}),
      categoryName: category,
      fields: {
        ext_id: row ? row.ext_id : c.id,
        slug,
        title: c.title,
        body_md: c.content,
        category_id: category ? categories.get(category)! : null,
        locale,
        status: c.status ?? 'published',
        source_url: c.url ?? null,
        updated_by_id: editor.userId,
        updated_by_label: editor.label,
      },
    };
  });
}
