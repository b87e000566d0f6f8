import { listAllArticles, type KbArticleRow } from '../../db/queries/kb-articles.js';
import type { CoreDeps } from '../deps.js';
import { frontMatterValue } from './import/front-matter.js';

/** An article as an import line: re-importing an export changes nothing. */
export interface ExportLine {
  id: string;
  title: string;
  content: string;
  category: string | null;
  url: string | null;
  status: 'draft' | 'published';
  locale: string;
}

const exportLine = (r: KbArticleRow): ExportLine => ({
  id: r.ext_id ?? r.id,
  title: r.title,
  content: r.body_md,
  category: r.category_name,
  url: r.source_url,
  status: r.status,
  locale: r.locale,
});

/** Every article of the workspace, oldest first, drafts included. */
export async function exportArticles(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
): Promise<ExportLine[]> {
  return (await listAllArticles(deps.db, workspaceId)).map(exportLine);
}

export function toJsonLines(lines: readonly ExportLine[]): string {
  return lines.map((l) => JSON.stringify(l)).join('\n') + (lines.length ? '\n' : '');
}

/** One Markdown file per article, front matter first; file names are unique and safe. */
export function toMarkdownFiles(lines: readonly ExportLine[]): { path: string; text: string }[] {
  const used = new Set<string>();
  return lines.map((l) => {
    const base = safeName(l.id);
    let name = `${base}.md`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}.md`;
    used.add(name.toLowerCase());
    const meta = [
      `id: ${frontMatterValue(l.id)}`,
      `title: ${frontMatterValue(l.title)}`,
      ...(l.category ? [`category: ${frontMatterValue(l.category)}`] : []),
      ...(l.url ? [`url: ${frontMatterValue(l.url)}`] : []),
      `status: ${l.status}`,
      `locale: ${l.locale}`,
    ];
    return { path: name, text: `---\n${meta.join('\n')}\n---\n\n${l.content}\n` };
  });
}

function safeName(id: string): string {
  const name = id
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 100);
  return name || 'article';
}
