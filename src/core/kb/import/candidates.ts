import type { z } from 'zod';
import { normalizeBody } from '../body.js';
import { KbImportLine, type KbImportError } from '../../../shared/schemas/kb.js';

/** A valid article of an import and where it came from, for error reports. */
export interface ImportCandidate extends KbImportLine {
  line: number | null;
  file: string | null;
}

export interface Parsed {
  candidates: ImportCandidate[];
  errors: KbImportError[];
}

/** Validates one raw article; the message names each field to fix. */
export function validate(
  raw: unknown,
  where: { line: number | null; file: string | null },
): ImportCandidate | KbImportError {
  const parsed = KbImportLine.safeParse(raw);
  if (parsed.success)
    return { ...parsed.data, content: normalizeBody(parsed.data.content), ...where };
  const id = (raw as { id?: unknown } | null)?.id;
  return {
    ...where,
    id: typeof id === 'string' ? id : null,
    message: describeIssues(parsed.error.issues),
  };
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((i) => {
      const field = i.path.join('.') || '(article)';
      return i.code === 'invalid_type' && /undefined/.test(i.message)
        ? `${field} is missing`
        : `${field} (${i.message})`;
    })
    .join('; ');
}
