import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

/**
 * Which articles this browser has voted on, in a cookie scoped to the help center, so pressing
 * Yes again (or going back and pressing No) is thanked but not counted twice. No JavaScript, no
 * personal data: just slugs.
 */
const COOKIE = 'parley_voted';
const MAX_REMEMBERED = 30;
const MAX_AGE_S = 30 * 24 * 60 * 60;

export function votedSlugs(c: Context): string[] {
  return (getCookie(c, COOKIE) ?? '').split('.').filter((s) => /^[a-z0-9-]{1,100}$/.test(s));
}

export function rememberVote(
  c: Context,
  options: { path: string; slug: string; secure: boolean },
): void {
  const slugs = [options.slug, ...votedSlugs(c).filter((s) => s !== options.slug)];
  setCookie(c, COOKIE, slugs.slice(0, MAX_REMEMBERED).join('.'), {
    path: options.path,
    maxAge: MAX_AGE_S,
    httpOnly: true,
    sameSite: 'Lax',
    secure: options.secure,
  });
}
