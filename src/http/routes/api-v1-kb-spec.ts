import {
  Answer,
  AnswerInput,
  KbArticle,
  KbArticleListQuery,
  KbArticlePage,
  KbImportLine,
  KbImportResult,
  KbSearchQuery,
  KbSearchResult,
} from '../../shared/schemas/kb.js';
import type { RouteSpec } from './api-v1-spec.js';

/** The knowledge-base part of /api/v1; merged into API_V1, so OpenAPI documents it too. */
export const API_V1_KB = {
  kbImport: {
    method: 'post',
    path: '/kb/import',
    summary:
      'Import articles from JSON Lines, one article per line (the schema shown). Known ids are ' +
      'updated, new ids created, unchanged articles left alone; bad lines are listed by number ' +
      'and skipped. Articles are published unless a line says "status": "draft".',
    body: { contentType: 'application/x-ndjson', schema: KbImportLine },
    response: KbImportResult,
  },
  kbArticles: {
    method: 'get',
    path: '/kb/articles',
    summary: 'Knowledge-base articles, most recently changed first (drafts included)',
    query: KbArticleListQuery,
    response: KbArticlePage,
  },
  kbArticle: {
    method: 'get',
    path: '/kb/articles/:id',
    summary: 'One article',
    response: KbArticle,
  },
  kbSearch: {
    method: 'get',
    path: '/kb/search',
    summary:
      'Search published articles (typo tolerant). Authenticate with an API token, or pass the ' +
      "widget's public key as `workspace`.",
    query: KbSearchQuery,
    response: KbSearchResult,
  },
  answers: {
    method: 'post',
    path: '/answers',
    summary:
      'Answer a question from published articles with citations, or decline when none covers ' +
      "it. Authenticate with an API token, or send the widget's public key as `workspace`.",
    body: { schema: AnswerInput },
    response: Answer,
  },
} as const satisfies Record<string, RouteSpec>;
