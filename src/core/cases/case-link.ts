import type { CoreDeps } from '../deps.js';
import { signLink } from '../links/signed-link.js';

/** How long a customer's case link opens the status page. */
export const CASE_LINK_DAYS = 90;

/** The customer's own status page for a case: a signed path that needs no sign-in. */
export async function casePagePath(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  c: { workspaceId: string; caseId: string },
): Promise<string> {
  const token = await signLink(deps, {
    purpose: 'case',
    workspaceId: c.workspaceId,
    subjectId: c.caseId,
    expiresAt: new Date(deps.now().getTime() + CASE_LINK_DAYS * 86_400_000),
  });
  return `/case/${token}`;
}
