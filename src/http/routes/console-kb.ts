import { Hono, type Context } from 'hono';
import type { Editor } from '../../core/kb/article-view.js';
import { createKbCategory, listKbCategories } from '../../core/kb/console/categories.js';
import { importWithReport } from '../../core/kb/console/import-with-report.js';
import { listConsoleArticlePage } from '../../core/kb/console/list-articles.js';
import { renameKbCategory } from '../../core/kb/console/rename-category.js';
import { restoreArticleVersion } from '../../core/kb/console/restore-version.js';
import { requireKbReader } from '../../core/kb/console/roles.js';
import { saveArticle } from '../../core/kb/console/save-article.js';
import { getArticleVersion, listVersionSummariesOf } from '../../core/kb/console/versions.js';
import { createArticle } from '../../core/kb/create-article.js';
import { deleteArticle } from '../../core/kb/delete-article.js';
import { getArticle } from '../../core/kb/get-article.js';
import { renderMarkdown } from '../../core/kb/render-markdown.js';
import { AppError } from '../../core/errors.js';
import { requireAdmin } from '../../core/users/require-role.js';
import {
  KbCategoryInput,
  KbConsoleImportInput,
  KbConsoleListQuery,
  KbConsoleSave,
  KbPreviewInput,
  KbRestoreInput,
} from '../../shared/schemas/kb-console.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { sessionAuth } from '../middleware/session-auth.js';
import { readJson, readQuery, uuidParam } from '../validate.js';

type C = Context<AppEnv>;

/** The workspace of a member who may read the knowledge base (owners, admins, agents). */
const reader = (c: C) => {
  requireKbReader(c.get('actor').member.role);
  return c.get('actor').workspaceId;
};

/** The workspace and the person saving, for owners and admins (the only editors). */
const writer = (c: C): { workspaceId: string; editor: Editor } => {
  const { workspaceId, member } = c.get('actor');
  requireAdmin(member.role);
  return { workspaceId, editor: { userId: member.id, label: member.name } };
};

const articleId = (c: C) => uuidParam(c, 'id', 'Article');

/** Version numbers in the path; anything else cannot name a version. */
function versionParam(c: C): number {
  const value = Number(c.req.param('version'));
  if (!Number.isInteger(value) || value < 1) throw new AppError('not_found', 'Version not found.');
  return value;
}

/** The console's article editor: articles, categories, versions, preview and import. */
export function consoleKbRoutes({ core }: HttpDeps) {
  const app = new Hono<AppEnv>();
  // Only under /kb: this router shares the /api/console prefix with sign-in.
  app.use('/kb/*', sessionAuth(core));

  app.get('/kb/articles', async (c) =>
    c.json(
      await listConsoleArticlePage(core, {
        workspaceId: reader(c),
        ...readQuery(c, KbConsoleListQuery),
      }),
    ),
  );
  app.get('/kb/articles/:id', async (c) => c.json(await getArticle(core, reader(c), articleId(c))));
  app.post('/kb/articles', async (c) => {
    const { workspaceId, editor } = writer(c);
    const { status, expectedVersion: _, ...article } = await readJson(c, KbConsoleSave);
    return c.json(await createArticle(core, { workspaceId, article, status, editor }), 201);
  });
  app.post('/kb/articles/:id', async (c) => {
    const { workspaceId, editor } = writer(c);
    const save = await readJson(c, KbConsoleSave);
    return c.json(await saveArticle(core, { workspaceId, articleId: articleId(c), save, editor }));
  });
  app.delete('/kb/articles/:id', async (c) => {
    await deleteArticle(core, writer(c).workspaceId, articleId(c));
    return c.body(null, 204);
  });

  app.get('/kb/articles/:id/versions', async (c) =>
    c.json({ versions: await listVersionSummariesOf(core, reader(c), articleId(c)) }),
  );
  app.get('/kb/articles/:id/versions/:version', async (c) =>
    c.json(
      await getArticleVersion(core, {
        workspaceId: reader(c),
        articleId: articleId(c),
        version: versionParam(c),
      }),
    ),
  );
  app.post('/kb/articles/:id/versions/:version/restore', async (c) => {
    const { workspaceId, editor } = writer(c);
    const { expectedVersion } = await readJson(c, KbRestoreInput);
    const target = { workspaceId, articleId: articleId(c), version: versionParam(c), editor };
    return c.json(await restoreArticleVersion(core, { ...target, expectedVersion }));
  });

  app.get('/kb/categories', async (c) =>
    c.json({ categories: await listKbCategories(core, reader(c)) }),
  );
  app.post('/kb/categories', async (c) => {
    const { workspaceId } = writer(c);
    const { name } = await readJson(c, KbCategoryInput);
    return c.json(await createKbCategory(core, { workspaceId, name }), 201);
  });
  app.post('/kb/categories/:id', async (c) => {
    const { workspaceId } = writer(c);
    const categoryId = uuidParam(c, 'id', 'Category');
    const { name } = await readJson(c, KbCategoryInput);
    return c.json(await renameKbCategory(core, { workspaceId, categoryId, name }));
  });

  app.post('/kb/preview', async (c) => {
    reader(c);
    const { markdown } = await readJson(c, KbPreviewInput);
    return c.json({ html: renderMarkdown(markdown) });
  });
  app.post('/kb/import', async (c) => {
    const { workspaceId, editor } = writer(c);
    const { text } = await readJson(c, KbConsoleImportInput);
    return c.json(await importWithReport(core, { workspaceId, text, editor }));
  });
  return app;
}
