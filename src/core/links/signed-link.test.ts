import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/db.js';
import { openTestDb } from '../../../test/test-db.js';
import { readLink, signLink, type LinkClaims } from './signed-link.js';

let db: Db;
let now = new Date('2026-12-01T10:00:00Z');
const deps = () => ({ db, now: () => now });
const claims: LinkClaims = {
  purpose: 'survey',
  workspaceId: 'w-1',
  subjectId: 's-1',
  expiresAt: new Date('2026-12-08T10:00:00Z'),
};

beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

describe('signed links', () => {
  it('open what they were made for until they expire', async () => {
    const token = await signLink(deps(), claims);
    expect(await readLink(deps(), token, 'survey')).toEqual(claims);
  });

  it('refuse a link with any character changed', async () => {
    const token = await signLink(deps(), claims);
    const [body, sig] = token.split('.') as [string, string];
    const forged = Buffer.from(
      JSON.stringify({ p: 'survey', w: 'w-1', s: 's-2', e: 1_900_000_000 }),
    ).toString('base64url');
    await expect(readLink(deps(), `${forged}.${sig}`, 'survey')).rejects.toThrow(/not valid/);
    const flipped = sig.slice(0, -1) + (sig.endsWith('A') ? 'B' : 'A');
    await expect(readLink(deps(), `${body}.${flipped}`, 'survey')).rejects.toThrow(/not valid/);
    await expect(readLink(deps(), 'garbage', 'survey')).rejects.toThrow(/not valid/);
  });

  it('refuse a link made for something else', async () => {
    const token = await signLink(deps(), claims);
    await expect(readLink(deps(), token, 'case')).rejects.toThrow(/not valid/);
  });

  it('refuse a link after its expiry', async () => {
    const token = await signLink(deps(), claims);
    now = new Date('2026-12-08T10:00:01Z');
    await expect(readLink(deps(), token, 'survey')).rejects.toThrow(/expired/);
    now = new Date('2026-12-01T10:00:00Z');
  });
});
