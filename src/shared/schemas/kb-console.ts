import { z } from 'zod';
import { KB_LIMITS, KbArticleInput, KbImportResult, KbStatus } from './kb.js';

/** Wire shapes of the console's knowledge-base editor (/api/console/kb/*). */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A page position: the last article seen, as "updatedAt~id" (newest first, ties by id). */
const Cursor = z
  .string()
  .regex(/^[^~]{10,40}~[0-9a-f-]{36}$/i, 'the nextCursor of a previous page')
  .transform((value, ctx) => {
    const [at, id] = value.split('~') as [string, string];
    const before = new Date(at);
    if (Number.isNaN(before.getTime()) || !UUID.test(id)) {
      ctx.addIssue({ code: 'custom', message: 'the nextCursor of a previous page' });
      return z.NEVER;
    }
    return { before, id };
  });

export const KbConsoleListQuery = z.object({
  status: KbStatus.optional(),
  category: z.string().regex(UUID, 'a category id from GET /kb/categories').optional(),
  /** Words in the title or text; drafts included (unlike the public search). */
  q: z.string().trim().max(200, 'at most 200 characters').optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: Cursor.optional(),
});
export type KbConsoleListQuery = z.infer<typeof KbConsoleListQuery>;

/** An article in a list: everything but its text. */
export interface KbArticleSummary {
  id: string;
  slug: string;
  title: string;
  category: string | null;
  locale: string;
  status: KbStatus;
  version: number;
  updatedBy: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface KbArticleListPage {
  articles: KbArticleSummary[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** What the editor saves: the article, its status, and the version the edit started from. */
export const KbConsoleSave = KbArticleInput.extend({
  status: KbStatus.default('draft'),
  /** Refuses the save (409) when someone else saved a newer version meanwhile. */
  expectedVersion: z.number().int().min(1).optional(),
});
export type KbConsoleSave = z.infer<typeof KbConsoleSave>;

export const KbCategoryInput = z.object({
  name: z.string().trim().min(1, 'a name').max(KB_LIMITS.categoryChars),
});
export type KbCategoryInput = z.infer<typeof KbCategoryInput>;

export interface KbCategoryView {
  id: string;
  name: string;
  slug: string;
  /** Articles in it, drafts included. */
  articles: number;
}

/** An earlier version in a list; its text is fetched when someone opens it. */
export interface KbVersionSummary {
  version: number;
  title: string;
  author: string;
  createdAt: string;
}

export const KbRestoreInput = z.object({
  /** The article version the person was looking at; a newer one makes the restore a 409. */
  expectedVersion: z.number().int().min(1).optional(),
});
export type KbRestoreInput = z.infer<typeof KbRestoreInput>;

export const KbPreviewInput = z.object({ markdown: z.string().max(KB_LIMITS.bodyChars) });
export type KbPreviewInput = z.infer<typeof KbPreviewInput>;

export interface KbPreview {
  /** Rendered on the server with raw HTML escaped and unsafe links refused. */
  html: string;
}

export const KbConsoleImportInput = z.object({
  text: z
    .string()
    .max(KB_LIMITS.importBytes, `at most ${KB_LIMITS.importBytes / 1024 / 1024} MB`)
    .refine((t) => t.trim() !== '', 'JSON Lines: one {"id", "title", "content"} per line'),
});
export type KbConsoleImportInput = z.infer<typeof KbConsoleImportInput>;

export const KbImportLineOutcome = z.object({
  line: z.number().int(),
  id: z.string(),
  title: z.string(),
  outcome: z.enum(['created', 'updated', 'unchanged']),
});
export type KbImportLineOutcome = z.infer<typeof KbImportLineOutcome>;

/** The import's totals and errors, plus what happened to each good line. */
export const KbImportReport = KbImportResult.extend({ lines: z.array(KbImportLineOutcome) });
export type KbImportReport = z.infer<typeof KbImportReport>;
