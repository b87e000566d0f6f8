import type { CoreDeps } from '../deps.js';
import {
  countWorkspaces,
  findDemoWorkspaceRow,
  type WorkspaceRow,
} from '../../db/queries/workspaces.js';
import { createWorkspace } from '../workspaces/create-workspace.js';
import { addMember } from '../users/add-member.js';
import { importArticles } from '../kb/import-articles.js';
import { DEMO_WORKSPACE_NAME } from './catalog.js';
import { demoArticlesJsonl } from './demo-articles.js';

// Serialises two processes seeding the same empty database at once.
const SEED_LOCK = 7_411_903;

export const DEMO_PEOPLE = {
  owner: { email: 'owner@hopfield.example', name: 'Hanna Hopfield', role: 'owner' },
  agent: { email: 'laura@hopfield.example', name: 'Laura', role: 'agent' },
  champion: { email: 'dan@hopfield.example', name: 'Dan', role: 'champion' },
} as const;

export interface SeededDemo {
  workspace: WorkspaceRow;
  ownerEmail: string;
  /** Single-use sign-in token for the owner; printed once, at first start. */
  ownerLoginToken: string;
}

/**
 * Creates the "Hopfield Homebrew" demo with an owner, an agent (Laura), a champion (Dan) and
 * published help articles.
 * `onlyIfEmpty` seeds only into a database with no workspace at all (first start);
 * otherwise it seeds unless a demo workspace already exists. Returns undefined when it did nothing.
 */
export async function seedDemo(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  options: { onlyIfEmpty: boolean },
): Promise<SeededDemo | undefined> {
  return deps.db.transaction(async (db) => {
    await db.query('select pg_advisory_xact_lock($1)', [SEED_LOCK]);
    if (options.onlyIfEmpty && (await countWorkspaces(db)) > 0) return undefined;
    if (await findDemoWorkspaceRow(db)) return undefined;
    const tx = { db, now: deps.now };
    const workspace = await createWorkspace(tx, { name: DEMO_WORKSPACE_NAME, isDemo: true });
    const owner = await addMember(tx, { workspaceId: workspace.id, ...DEMO_PEOPLE.owner });
    await addMember(tx, { workspaceId: workspace.id, ...DEMO_PEOPLE.agent });
    await addMember(tx, { workspaceId: workspace.id, ...DEMO_PEOPLE.champion });
    await importArticles(tx, {
      workspaceId: workspace.id,
      source: { kind: 'jsonl', text: demoArticlesJsonl() },
      editor: { userId: owner.userId, label: 'demo seed' },
    });
    return { workspace, ownerEmail: owner.email, ownerLoginToken: owner.loginToken! };
  });
}
