import type { WidgetSettings } from '../../shared/schemas/widget.js';
import { findWorkspaceByKey } from '../../db/queries/workspaces.js';
import type { CoreDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { workspaceLadder } from '../escalation/workspace-ladder.js';
import { firstOwner } from './first-owner.js';

/** What the widget shows before a question is asked: is there an assistant, and a person button. */
export async function widgetSettings(
  deps: Pick<CoreDeps, 'db'>,
  workspaceKey: string | undefined,
): Promise<WidgetSettings> {
  const workspace = workspaceKey ? await findWorkspaceByKey(deps.db, workspaceKey) : undefined;
  if (!workspace) throw notFound('Workspace');
  const workspaceId = workspace.id;
  const [owner, ladder] = await Promise.all([
    firstOwner(deps, workspaceId, 'question'),
    workspaceLadder(deps, workspaceId),
  ]);
  return { assistant: owner === 'bot', personFromStart: ladder.personFromStart };
}
