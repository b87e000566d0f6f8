import { z } from 'zod';

/** Wire shapes of the knowledge base: articles, import lines, search hits and answers. */

export const KB_LIMITS = {
  importIdChars: 200,
  titleChars: 300,
  bodyChars: 200_000,
  categoryChars: 120,
  urlChars: 2000,
  questionChars: 500,
  /** One import (API body or CLI file) at most. */
  importBytes: 20 * 1024 * 1024,
} as const;

export const KbStatus = z.enum(['draft', 'published']);
export type KbStatus = z.infer<typeof KbStatus>;

const Locale = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en or pt-BR')
  .max(35);

/**
 * A reader's language as a browser (navigator.language) or a caller reports it, such as pt-BR.
 * Something that is not a language tag is ignored rather than refused: a visitor's odd browser
 * must not stop a search or a conversation. Lower case, so pt-BR and pt-br are one language.
 */
export const ReaderLocale = z
  .string()
  .max(100)
  .optional()
  .describe(
    "the reader's language, e.g. pt-BR: falls back to pt, then the workspace's main language",
  )
  .transform((tag) => {
    const t = tag?.trim().replaceAll('_', '-');
    return t && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(t) ? t.toLowerCase() : undefined;
  });

/** One article in an import: a JSON Lines line, or a Markdown file's front matter and body. */
export const KbImportLine = z.object({
  id: z
    .string()
    .trim()
    .min(1, 'an id that stays the same across imports')
    .max(KB_LIMITS.importIdChars),
  title: z.string().trim().min(1, 'a title').max(KB_LIMITS.titleChars),
  content: z.string().max(KB_LIMITS.bodyChars),
  category: z.string().trim().max(KB_LIMITS.categoryChars).nullish(),
  url: z
    .url({ protocol: /^https?$/, error: 'an http(s) URL' })
    .max(KB_LIMITS.urlChars)
    .nullish(),
  status: KbStatus.optional(),
  locale: Locale.optional(),
});
export type KbImportLine = z.infer<typeof KbImportLine>;

export const KbImportError = z.object({
  /** 1-based line of a JSON Lines import; for Markdown, the line inside the file. */
  line: z.number().int().nullable(),
  /** The Markdown file, for folder imports. */
  file: z.string().nullable(),
  id: z.string().nullable(),
  message: z.string(),
});
export type KbImportError = z.infer<typeof KbImportError>;

export const KbImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(KbImportError),
});
export type KbImportResult = z.infer<typeof KbImportResult>;

export const KbArticle = z.object({
  id: z.uuid(),
  externalId: z.string().nullable(),
  slug: z.string(),
  title: z.string(),
  bodyMd: z.string(),
  category: z.string().nullable(),
  locale: z.string(),
  status: KbStatus,
  url: z.string().nullable(),
  helpful: z.number().int(),
  notHelpful: z.number().int(),
  version: z.number().int(),
  updatedBy: z.string(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type KbArticle = z.infer<typeof KbArticle>;

export const KbArticleVersion = z.object({
  version: z.number().int(),
  title: z.string(),
  bodyMd: z.string(),
  author: z.string(),
  createdAt: z.string(),
});
export type KbArticleVersion = z.infer<typeof KbArticleVersion>;

export const KbArticleListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.iso.datetime({ error: 'an ISO 8601 timestamp from a previous page' }).optional(),
  status: KbStatus.optional(),
});
export type KbArticleListQuery = z.infer<typeof KbArticleListQuery>;

export const KbArticlePage = z.object({ articles: z.array(KbArticle) });

/** What an editor sends to create or change an article. */
export const KbArticleInput = z.object({
  title: z.string().trim().min(1, 'a title').max(KB_LIMITS.titleChars),
  bodyMd: z.string().max(KB_LIMITS.bodyChars),
  category: z.string().trim().max(KB_LIMITS.categoryChars).nullish(),
  locale: Locale.default('en'),
  url: z
    .url({ protocol: /^https?$/, error: 'an http(s) URL' })
    .max(KB_LIMITS.urlChars)
    .nullish(),
});
export type KbArticleInput = z.infer<typeof KbArticleInput>;

export const KbSearchQuery = z.object({
  q: z.string().trim().min(1, 'some words to search for').max(KB_LIMITS.questionChars),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  /** The widget's public key; not needed with an API token. */
  workspace: z.string().max(100).optional(),
  locale: ReaderLocale,
});
export type KbSearchQuery = z.infer<typeof KbSearchQuery>;

export const KbSearchHit = z.object({
  articleId: z.uuid(),
  title: z.string(),
  slug: z.string(),
  url: z.string().nullable(),
  score: z.number(),
  snippet: z.string(),
});
export type KbSearchHit = z.infer<typeof KbSearchHit>;

export const KbSearchResult = z.object({ hits: z.array(KbSearchHit) });
export type KbSearchResult = z.infer<typeof KbSearchResult>;

export const AnswerInput = z.object({
  question: z.string().trim().min(1, 'a question').max(KB_LIMITS.questionChars),
  /** The widget's public key; optional with an API token (which names its workspace). */
  workspace: z.string().min(3).max(100).optional(),
  locale: ReaderLocale,
});
export type AnswerInput = z.infer<typeof AnswerInput>;

export const Citation = z.object({
  articleId: z.uuid(),
  title: z.string(),
  url: z.string().nullable(),
  score: z.number(),
});
export type Citation = z.infer<typeof Citation>;

export const Answer = z.object({
  /** Null when declined: the virtual agent never answers from nowhere. */
  answer: z.string().nullable(),
  declined: z.boolean(),
  /** 0..1; answers are given at 0.5 and above. */
  confidence: z.number(),
  citations: z.array(Citation),
});
export type Answer = z.infer<typeof Answer>;
