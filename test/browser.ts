import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { loadConfig } from '../src/config.js';
import { startServer, type RunningServer } from '../src/server.js';
import { PASSWORD } from './seed.js';

/** Debian's Chromium; browser tests never download a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export type { RunningServer };

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

/** A phone (390x844, touch) and a laptop (1280x800), each a fresh context with no cookies. */
export const phone: BrowserContextOptions = { viewport: PHONE, isMobile: true, hasTouch: true };
export const desktop: BrowserContextOptions = { viewport: DESKTOP };

/** A real Parley on a throwaway in-memory database, serving the built bundles from dist/. */
export async function startParley(options: { autoAssign?: boolean } = {}): Promise<RunningServer> {
  const config = loadConfig({
    DATABASE_URL: 'memory://',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    // The browser tests drive the manual flows (an agent takes a waiting conversation); the
    // automatic routing has its own tests (core/assignment).
    ROUTING_AUTO_ASSIGN: options.autoAssign ? 'on' : 'off',
  });
  return startServer(config, { assetsDir: path.resolve('dist') });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Saves screenshots/NAME.png (gitignored) for a person to look at: the whole page from the top,
 * or with `{ fullPage: false }` just what the screen shows now (fixed bars where a person sees
 * them; a full-page capture of a phone layout draws the bottom tab bar mid-page).
 */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}) {
  mkdirSync('screenshots', { recursive: true });
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join('screenshots', `${name}.png`), fullPage });
}

/**
 * Collects uncaught exceptions and console errors, so a broken bundle does not pass quietly.
 * Chromium logs every 4xx answer as "Failed to load resource"; those are expected (a 401 before
 * signing in, a refused password) and the tests assert on what the person sees instead.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !text.startsWith('Failed to load resource'))
      errors.push(text);
  });
  return errors;
}

/** True when nothing sticks out sideways (the classic phone layout bug). */
export function hasNoHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/** A new browser context (its own cookies) with one page at `url`, collecting page errors. */
export async function openPage(browser: Browser, options: BrowserContextOptions, url: string) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(url);
  return { context, page, errors };
}

/**
 * One real Parley and one Chromium for a test file, started before its tests and closed after.
 * Read `.server` and `.browser` inside tests (they exist once beforeAll has run).
 */
export function useParleyAndChromium(options: { autoAssign?: boolean } = {}) {
  const env = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    env.server = await startParley(options);
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * Signs in on the console's sign-in screen where `page` is. Waits for the heading `lands` when
 * given, for the signed-in shell ("Sign out") by default, or for nothing with `lands: null`
 * (a phone opened straight on a conversation shows neither).
 */
export async function signInToConsole(
  page: Page,
  email: string,
  { password = PASSWORD, lands }: { password?: string; lands?: string | null } = {},
) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (lands === null) return;
  if (lands) await page.getByRole('heading', { name: lands, exact: true }).waitFor();
  else await page.getByRole('button', { name: 'Sign out' }).waitFor();
}
