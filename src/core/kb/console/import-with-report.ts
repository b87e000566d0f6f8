import { importFingerprints } from '../../../db/queries/kb-console.js';
import type { KbImportLineOutcome, KbImportReport } from '../../../shared/schemas/kb-console.js';
import type { CoreDeps } from '../../deps.js';
import type { Editor } from '../article-view.js';
import { importArticles } from '../import-articles.js';
import { parseJsonLines } from '../import/parse-jsonl.js';

/**
 * Imports JSON Lines with the import use case and says what happened to each line: created,
 * updated, unchanged, or its error. The import itself reports totals; the per-line outcome is
 * read from fingerprints of the named articles taken before and after it (an import another
 * person runs at the same moment could blur a label, never the import).
 */
export async function importWithReport(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  input: { workspaceId: string; text: string; editor: Editor },
): Promise<KbImportReport> {
  const { workspaceId } = input;
  const { candidates } = parseJsonLines(input.text);
  const ids = candidates.map((c) => c.id);
  const before = await fingerprintsOf(deps, workspaceId, ids);
  const result = await importArticles(deps, {
    workspaceId,
    source: { kind: 'jsonl', text: input.text },
    editor: input.editor,
  });
  const after = await fingerprintsOf(deps, workspaceId, ids);
  const failed = new Set(result.errors.map((e) => e.line));
  const lines = candidates
    .filter((c) => !failed.has(c.line))
    .map((c): KbImportLineOutcome => {
      const was = before.get(c.id);
      const outcome =
        was === undefined ? 'created' : was === after.get(c.id) ? 'unchanged' : 'updated';
      return { line: c.line!, id: c.id, title: c.title, outcome };
    });
  return { ...result, lines };
}

async function fingerprintsOf(deps: Pick<CoreDeps, 'db'>, workspaceId: string, ids: string[]) {
  const rows = await importFingerprints(deps.db, workspaceId, ids);
  return new Map(rows.map((r) => [r.import_id, r.fingerprint]));
}
