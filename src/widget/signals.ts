// What the customer's side tells the agent in the moment: typing (throttled) and how far they
// have read. Neither is ever queued: a signal that cannot go now is simply not sent (reads are
// sent again, up to date, once the socket resumes).

/** Sends a frame for the current conversation if the socket can take it now. */
type Live = (frame: object) => boolean;

export function createSignals(live: Live, conversationId: () => string | undefined) {
  let typingOn = false;
  let typingAt = 0;
  let idle: ReturnType<typeof setTimeout> | undefined;
  /** Highest sequence from the other side received, shown to the customer, and reported read. */
  let theirs = 0;
  let shown = 0;
  let readSent = 0;

  /** Tells the agent the customer is typing: `on` at most every 3 s, `off` after 5 s idle. */
  function typing(active: boolean) {
    clearTimeout(idle);
    const id = conversationId();
    if (!id) return;
    if (active) {
      idle = setTimeout(() => typing(false), 5_000);
      const now = Date.now();
      if (now - typingAt < 3_000) return;
      if (live({ t: 'typing', conversationId: id, on: true })) {
        typingAt = now;
        typingOn = true;
      }
    } else if (typingOn) {
      typingOn = false;
      live({ t: 'typing', conversationId: id, on: false });
    }
  }

  /** Reports what the customer has seen; what cannot go now goes once the socket resumes. */
  function sendRead() {
    const id = conversationId();
    if (id && shown > readSent && live({ t: 'read', conversationId: id, seq: shown }))
      readSent = shown;
  }

  return {
    typing,
    sendRead,
    /** A message from the other side arrived. */
    received(seq: number) {
      theirs = Math.max(theirs, seq);
    },
    /** Everything received is now in front of the customer. */
    read() {
      shown = theirs;
      sendRead();
    },
    /** The socket went away: a new one starts with the agent told nothing is being typed. */
    disconnected() {
      typingOn = false;
    },
    /** Another conversation: nothing received or read yet. */
    reset() {
      theirs = shown = readSent = 0;
    },
  };
}
