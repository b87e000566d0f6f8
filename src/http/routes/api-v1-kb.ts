import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { answerQuestion } from '../../core/kb/answer.js';
import { getArticle, listKbArticles } from '../../core/kb/get-article.js';
import { importArticles } from '../../core/kb/import-articles.js';
import { resolveKbReader } from '../../core/kb/resolve-reader.js';
import { linkToHelpCenter } from '../../core/kb/help-center-links.js';
import { searchArticles } from '../../core/kb/search/search-articles.js';
import { AppError } from '../../core/errors.js';
import { KB_LIMITS, type KbImportResult } from '../../shared/schemas/kb.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { errorResponse } from '../errors.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { tokenAuth } from '../middleware/token-auth.js';
import { readJson, readQuery, uuidParam } from '../validate.js';
import { API_V1_KB as S } from './api-v1-kb-spec.js';

/**
 * The knowledge base in the REST API. Mounted before the rest of /api/v1, because answers and
 * search also accept the widget's public key instead of a token (published articles are
 * public) and so must not meet the token-only guard.
 */
export function apiV1KbRoutes({ core, publicUrl }: HttpDeps) {
  const app = new Hono<AppEnv>();
  const reader = (c: Context, workspaceKey?: string) =>
    resolveKbReader(core, { token: bearer(c), workspaceKey });
  for (const path of [S.answers.path, S.kbSearch.path]) {
    app.use(path, cors({ origin: '*', allowHeaders: ['content-type', 'authorization'] }));
    app.use(path, rateLimit({ limit: 120, windowMs: 60_000 }));
  }
  for (const path of [S.kbImport.path, S.kbArticles.path, S.kbArticle.path]) {
    app.use(path, tokenAuth(core));
  }
  app.use(
    S.kbImport.path,
    bodyLimit({ maxSize: KB_LIMITS.importBytes, onError: (c) => errorResponse(c, tooLarge()) }),
  );

  app.post(S.answers.path, async (c) => {
    const input = await readJson(c, S.answers.body.schema);
    const { workspaceId } = await reader(c, input.workspace);
    const { question, locale } = input;
    const ask = core.answer ?? answerQuestion;
    const { evidence: _, ...answer } = await ask(core, { workspaceId, question, locale });
    const origin = publicUrl?.replace(/\/$/, '') ?? new URL(c.req.url).origin;
    const citations = (await linkToHelpCenter(core, workspaceId, answer.citations)).map((ci) => ({
      ...ci,
      url: ci.url?.startsWith('/') ? origin + ci.url : ci.url,
    }));
    return c.json({ ...answer, citations });
  });
  app.get(S.kbSearch.path, async (c) => {
    const q = readQuery(c, S.kbSearch.query);
    const { workspaceId } = await reader(c, q.workspace);
    return c.json({
      hits: await searchArticles(core, {
        workspaceId,
        query: q.q,
        limit: q.limit,
        locale: q.locale,
      }),
    });
  });
  app.post(S.kbImport.path, async (c) => {
    const token = c.get('apiToken');
    const result = await importArticles(core, {
      workspaceId: token.workspace_id,
      source: { kind: 'jsonl', text: await importBody(c) },
      editor: { userId: token.created_by, label: `API token "${token.name}"` },
    });
    if (result.created + result.updated + result.unchanged === 0) throw nothingImported(result);
    return c.json(result);
  });
  app.get(S.kbArticles.path, async (c) => {
    const q = readQuery(c, S.kbArticles.query);
    const workspaceId = c.get('apiToken').workspace_id;
    return c.json({ articles: await listKbArticles(core, { workspaceId, ...q }) });
  });
  app.get(S.kbArticle.path, async (c) =>
    c.json(await getArticle(core, c.get('apiToken').workspace_id, uuidParam(c, 'id', 'Article'))),
  );
  return app;
}

/** Every line failed: an error like any other rejection, naming each line and what to fix. */
function nothingImported(result: KbImportResult): AppError {
  const issues = result.errors.map((e) => ({
    path: e.line !== null ? `line ${e.line}` : (e.file ?? '(import)'),
    message: e.message,
  }));
  const first = issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`);
  return new AppError('invalid_input', `No article could be imported. ${first.join(' ')}`, {
    issues,
  });
}

function bearer(c: Context): string | undefined {
  return c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
}

const tooLarge = () =>
  new AppError(
    'invalid_input',
    `An import may be at most ${KB_LIMITS.importBytes / 1024 / 1024} MB; split it into several.`,
  );

/** The raw JSON Lines body (its size is limited by the bodyLimit middleware). */
async function importBody(c: Context): Promise<string> {
  const text = await c.req.text();
  if (!text.trim()) {
    throw new AppError(
      'invalid_input',
      'Send JSON Lines in the body: one {"id", "title", "content", "category"?, "url"?} per line.',
    );
  }
  return text;
}
