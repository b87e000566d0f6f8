import type { ServerFrame } from '../shared/realtime.js';

/**
 * One socket's view of one conversation. While a catch-up is being read, live messages are held
 * back; afterwards each message is sent only if its sequence is past the last one sent. So a
 * client that resumes gets exactly what it missed, in order, with no gap and no duplicate.
 */
export function createConversationStream(send: (frame: ServerFrame) => void) {
  let catchingUp = true;
  let lastSent = 0;
  const held: ServerFrame[] = [];

  const forward = (frame: ServerFrame) => {
    if (frame.t !== 'message') return send(frame);
    if (frame.message.seq <= lastSent) return;
    lastSent = frame.message.seq;
    send(frame);
  };

  return {
    /** A live frame from the hub. */
    live(frame: ServerFrame) {
      if (catchingUp && frame.t === 'message') held.push(frame);
      else forward(frame);
    },
    /** The stored messages after `afterSeq`, then everything held back meanwhile. */
    caughtUp(afterSeq: number, stored: ServerFrame[]) {
      lastSent = Math.max(lastSent, afterSeq);
      for (const frame of stored) forward(frame);
      held.sort((a, b) => seqOf(a) - seqOf(b));
      for (const frame of held.splice(0)) forward(frame);
      catchingUp = false;
    },
    /** A new resume (e.g. after paging) starts holding again. */
    restart() {
      catchingUp = true;
    },
  };
}

const seqOf = (frame: ServerFrame) => (frame.t === 'message' ? frame.message.seq : 0);
