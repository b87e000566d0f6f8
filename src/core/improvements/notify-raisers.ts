import type { Db } from '../../db/db.js';
import { enqueueEmail } from '../../db/queries/email-outbox.js';
import { findLeadPerson, findPerson } from '../../db/queries/feedback-people.js';
import {
  insertNotice,
  insertNoticeMessage,
  latestConversationOf,
  untoldRaisers,
  type RaiserRow,
} from '../../db/queries/improvement-notices.js';
import {
  findImprovement,
  listPendingImprovements,
  setNotifyPending,
  type ImprovementListRow,
} from '../../db/queries/improvements.js';
import type { MessageRow } from '../../db/queries/messages.js';
import { findWorkspaceById } from '../../db/queries/workspaces.js';
import { publishMessage } from '../conversations/publish-message.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { shippedNote } from './shipped-note.js';

/** Raisers told per transaction: a popular topic's thousands are told in short steps. */
const PAGE = 100;

type Deps = Pick<ConversationDeps, 'db' | 'now' | 'publish' | 'emailEnabled'>;

/**
 * Tells everyone who raised a shipped improvement and has not been told: a note in their latest
 * conversation (the widget shows it) and, when email is set up and they gave an address, an
 * email from the improvement's owner. Each raiser's notice, message and email commit together,
 * and the notice's primary key means nobody is told twice, however often it ships or however
 * many nodes run this at once. Messages reach the widget after the commit. Returns how many
 * were told now.
 */
export async function notifyRaisers(deps: Deps, workspaceId: string, improvementId: string) {
  let told = 0;
  for (;;) {
    const page = await deps.db.transaction((tx) => tellPage(deps, tx, workspaceId, improvementId));
    for (const m of page.messages) publishMessage(deps, m);
    told += page.told;
    if (page.done) return told;
  }
}

/** Finishes what was left undone (a crash, an error) for shipped improvements of any workspace. */
export async function notifyPendingImprovements(deps: Deps): Promise<number> {
  let told = 0;
  for (const p of await listPendingImprovements(deps.db, 20)) {
    told += await notifyRaisers(deps, p.workspace_id, p.id);
  }
  return told;
}

async function tellPage(deps: Deps, tx: Db, workspaceId: string, improvementId: string) {
  const messages: MessageRow[] = [];
  const improvement = await findImprovement(tx, workspaceId, improvementId);
  if (!improvement || improvement.status !== 'shipped' || !improvement.shipped_at) {
    if (improvement?.notify_pending) await setNotifyPending(tx, workspaceId, improvementId, false);
    return { told: 0, messages, done: true };
  }
  const query = {
    improvementId,
    topicId: improvement.topic_id,
    raisedBy: improvement.shipped_at,
  };
  const raisers = await untoldRaisers(tx, workspaceId, query, PAGE);
  const voice = await speaker(tx, workspaceId, improvement);
  let told = 0;
  for (const raiser of raisers) {
    const m = await tell(deps, tx, improvement, raiser, voice);
    if (m !== false) told++;
    if (m) messages.push(m);
  }
  const done = raisers.length < PAGE;
  if (done) await setNotifyPending(tx, workspaceId, improvementId, false);
  return { told, messages, done };
}

/** The named person the note comes from: the owner, else the workspace's lead. */
async function speaker(tx: Db, workspaceId: string, improvement: ImprovementListRow) {
  const owner = improvement.owner_id
    ? await findPerson(tx, workspaceId, improvement.owner_id)
    : undefined;
  const person = owner ?? (await findLeadPerson(tx, workspaceId));
  const company = (await findWorkspaceById(tx, workspaceId))?.name ?? '';
  return { name: person?.name ?? company, email: person?.email ?? '', company };
}

/** One raiser: false when someone else told them first, else the message written (if any). */
async function tell(
  deps: Deps,
  tx: Db,
  improvement: ImprovementListRow,
  raiser: RaiserRow,
  voice: { name: string; email: string; company: string },
): Promise<MessageRow | undefined | false> {
  const workspaceId = improvement.workspace_id;
  const conversationId = (await latestConversationOf(tx, workspaceId, raiser.contact_id)) ?? null;
  const emailed = Boolean(deps.emailEnabled && raiser.email && voice.email);
  const fresh = await insertNotice(tx, {
    workspace_id: workspaceId,
    improvement_id: improvement.id,
    contact_id: raiser.contact_id,
    conversation_id: conversationId,
    emailed,
    at: deps.now(),
  });
  if (!fresh) return false;
  const text = shippedNote({
    customerName: raiser.name,
    topic: improvement.topic_name,
    title: improvement.title,
    announcement: improvement.announcement,
    sender: voice.name,
    company: voice.company,
  });
  if (emailed) {
    await enqueueEmail(tx, {
      workspace_id: workspaceId,
      template: 'improvement_shipped',
      to_address: raiser.email!,
      data: { company: voice.company, title: improvement.title, text, sender: voice },
    });
  }
  if (!conversationId) return undefined;
  return insertNoticeMessage(tx, {
    workspaceId,
    conversationId,
    clientId: `improvement-${improvement.id}`,
    body: text,
  });
}
