import type { KbImportError } from '../../../shared/schemas/kb.js';
import { validate, type ImportCandidate, type Parsed } from './candidates.js';

/**
 * JSON Lines: one `{"id", "title", "content", "category"?, "url"?}` object per line. A bad line
 * is reported by number and skipped; the good lines are still imported.
 */
export function parseJsonLines(text: string): Parsed {
  const candidates: ImportCandidate[] = [];
  const errors: KbImportError[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = i + 1;
      if (raw.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (error) {
        errors.push({
          line,
          file: null,
          id: null,
          message: `Not valid JSON: ${(error as Error).message}`,
        });
        return;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        errors.push({ line, file: null, id: null, message: 'Each line must be one JSON object.' });
        return;
      }
      const result = validate(value, { line, file: null });
      if ('message' in result) errors.push(result);
      else candidates.push(result);
    });
  return { candidates, errors };
}
