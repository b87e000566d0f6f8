import type { KbImportError } from '../../../shared/schemas/kb.js';
import { validate, type ImportCandidate, type Parsed } from './candidates.js';
import { parseFrontMatter } from './front-matter.js';

export interface MarkdownFile {
  /** Relative to the imported folder, with / separators; the fallback id. */
  path: string;
  text: string;
}

/**
 * A folder of Markdown files, one article each. Front matter may give id, title, category,
 * url, status and locale; without an id the file's path is the id, without a title the first
 * `# heading` (taken out of the body) or the file name.
 */
export function parseMarkdownFiles(files: readonly MarkdownFile[]): Parsed {
  const candidates: ImportCandidate[] = [];
  const errors: KbImportError[] = [];
  for (const file of files) {
    const result = parseMarkdownFile(file);
    if ('message' in result) errors.push(result);
    else candidates.push(result);
  }
  return { candidates, errors };
}

function parseMarkdownFile(file: MarkdownFile): ImportCandidate | KbImportError {
  const fm = parseFrontMatter(file.text);
  if ('message' in fm) return { line: fm.line, file: file.path, id: null, message: fm.message };
  let body = fm.body;
  let title = fm.data.get('title');
  if (!title) {
    const heading = /^\s*#\s+(.+?)\s*#*\s*$/m.exec(body);
    if (heading && body.slice(0, heading.index).trim() === '') {
      title = heading[1]!;
      body = body.slice(heading.index + heading[0].length);
    }
  }
  const raw = {
    id: fm.data.get('id') ?? file.path.replace(/\.(md|markdown)$/i, ''),
    title: title ?? titleFromPath(file.path),
    content: body,
    category: fm.data.get('category'),
    url: fm.data.get('url') || undefined,
    status: fm.data.get('status'),
    locale: fm.data.get('locale'),
  };
  return validate(raw, { line: null, file: file.path });
}

function titleFromPath(path: string): string {
  const name = path
    .split('/')
    .pop()!
    .replace(/\.(md|markdown)$/i, '');
  const spaced = name.replace(/[-_]+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
