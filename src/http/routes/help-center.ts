import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { etag } from 'hono/etag';
import { getConnInfo } from '@hono/node-server/conninfo';
import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { findHelpCenter } from '../../core/kb/help-center/find-help-center.js';
import { getHelpArticle } from '../../core/kb/help-center/get-help-article.js';
import { getHelpTopic, listHelpTopics } from '../../core/kb/help-center/list-help-topics.js';
import { listSitemapEntries } from '../../core/kb/help-center/list-sitemap-entries.js';
import { recordArticleVote } from '../../core/kb/help-center/record-article-vote.js';
import { MAX_QUERY_CHARS, searchHelpCenter } from '../../core/kb/help-center/search-help-center.js';
import { parseAcceptLanguage, readerLocales } from '../../core/kb/search/locale.js';
import { createVoteLimiter } from '../../core/kb/help-center/vote-limiter.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { helpArticlePage } from '../pages/help-article.js';
import { helpErrors, helpHeaders } from '../pages/help-headers.js';
import { helpHomePage } from '../pages/help-home.js';
import { helpErrorPage, helpPageNotFound } from '../pages/help-not-found.js';
import { HELP_SCRIPT, HELP_SCRIPT_PATH } from '../pages/help-script.js';
import { helpSearchPage } from '../pages/help-search.js';
import { helpSitemap } from '../pages/help-sitemap.js';
import { helpTopicPage } from '../pages/help-topic.js';
import { rememberVote, votedSlugs } from '../pages/help-vote-cookie.js';
import { helpPaths, siteOrigin } from '../pages/help-urls.js';

const Vote = z.object({ vote: z.enum(['yes', 'no']) });
const DAY_MS = 24 * 60 * 60 * 1000;
// Per address, article and day: room for a shared office or carrier NAT, none for a flood.
const VOTES_PER_ADDRESS = 20;
// A vote is a dozen bytes; anything bigger is not a reader pressing a button.
const tinyBody = bodyLimit({
  maxSize: 1024,
  onError: (c) => c.html(helpErrorPage('That was too much', 'Answer with Yes or No.'), 413),
});

/**
 * The public help center: server-rendered pages of a workspace's published articles, found by
 * the workspace's public key. `publicUrl` (PUBLIC_URL) makes canonical links absolute.
 */
export function helpCenterRoutes(deps: HttpDeps) {
  const { core } = deps;
  const app = new Hono<AppEnv>();
  const votes = createVoteLimiter({
    windowMs: DAY_MS,
    perVoterAndArticle: VOTES_PER_ADDRESS,
    maxEntries: 100_000,
  });
  const origin = (c: Context) => siteOrigin(c.req.url, deps.publicUrl);
  const centerOf = (c: Context) => findHelpCenter(core, c.req.param('workspace') ?? '');

  app.get(HELP_SCRIPT_PATH, (c) => {
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(HELP_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
  app.use('/help/*', etag(), helpHeaders());

  app.get('/help/:workspace', async (c) => {
    const center = await centerOf(c);
    const topics = await listHelpTopics(core, center.workspaceId);
    return c.html(helpHomePage(center, topics, origin(c), chosenLang(c)));
  });
  app.get('/help/:workspace/search', async (c) => {
    const center = await centerOf(c);
    const query = (c.req.query('q') ?? '').trim().slice(0, MAX_QUERY_CHARS);
    const locales = readerLocales(c.req.query('lang'), c.req.header('accept-language'));
    const results = await searchHelpCenter(core, {
      workspaceId: center.workspaceId,
      query,
      locales,
    });
    return c.html(helpSearchPage(center, query, results, chosenLang(c)));
  });
  app.get('/help/:workspace/categories/:slug', async (c) => {
    const center = await centerOf(c);
    const topic = await getHelpTopic(core, center.workspaceId, c.req.param('slug'));
    if (!topic) return c.html(helpPageNotFound(center), 404);
    return c.html(helpTopicPage(center, topic, origin(c)));
  });
  app.get('/help/:workspace/articles/:slug', async (c) => {
    const center = await centerOf(c);
    const slug = c.req.param('slug');
    const article = await getHelpArticle(core, { workspaceId: center.workspaceId, slug });
    if (!article) return c.html(helpPageNotFound(center), 404);
    const voted = Vote.shape.vote.safeParse(c.req.query('voted')).data;
    return c.html(helpArticlePage(center, article, { origin: origin(c), voted }));
  });
  app.post('/help/:workspace/articles/:slug/feedback', tinyBody, async (c) => {
    const center = await centerOf(c);
    const slug = c.req.param('slug');
    const { vote } = await readVote(c);
    const home = helpPaths(center.publicKey).home;
    // A repeat from this browser, or past the address's allowance, is thanked but not counted.
    const counts =
      !votedSlugs(c).includes(slug) && votes.allow(voterOf(c), `${center.workspaceId}/${slug}`);
    if (counts) {
      const helpful = vote === 'yes';
      const found = await recordArticleVote(core, {
        workspaceId: center.workspaceId,
        slug,
        helpful,
      });
      if (!found) return c.html(helpPageNotFound(center), 404);
      rememberVote(c, { path: home, slug, secure: deps.secureCookies });
    }
    return c.redirect(`${helpPaths(center.publicKey).article(slug)}?voted=${vote}#feedback`, 303);
  });
  app.get('/help/:workspace/sitemap.xml', async (c) => {
    const center = await centerOf(c);
    const entries = await listSitemapEntries(core, center.workspaceId);
    return c.body(helpSitemap(center.publicKey, entries, origin(c)), 200, {
      'Content-Type': 'application/xml; charset=utf-8',
    });
  });
  app.get('/help/:workspace/*', async (c) => c.html(helpPageNotFound(await centerOf(c)), 404));

  app.onError(helpErrors(deps.log));
  return app;
}

async function readVote(c: Context): Promise<z.infer<typeof Vote>> {
  const parsed = Vote.safeParse(await c.req.parseBody());
  if (!parsed.success) {
    throw new AppError('invalid_input', 'Answer "Was this helpful?" with Yes or No.');
  }
  return parsed.data;
}

/**
 * The reader's network address. Behind a reverse proxy every reader shares the proxy's (the app
 * has no trusted-proxy setting yet); the per-address allowance leaves room for that.
 */
function voterOf(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The reader's explicit ?lang= when it is a language tag, kept for their next search. */
const chosenLang = (c: Context) => parseAcceptLanguage(c.req.query('lang'))[0];
