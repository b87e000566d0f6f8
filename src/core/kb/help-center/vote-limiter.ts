/**
 * Caps the "Was this helpful?" votes counted from one network address on one article per
 * window, so a script posting in a loop cannot move the counts. The cap is above one because
 * readers behind one office or carrier NAT (or a reverse proxy) share an address; the same
 * browser voting twice is caught by the help center's cookie instead. In memory, per process:
 * the counts are a signal for editors, not a ballot.
 */
export interface VoteLimiter {
  /** Whether this vote may be counted; each call that returns true uses one of the allowance. */
  allow(voter: string, article: string): boolean;
}

export function createVoteLimiter(options: {
  windowMs: number;
  perVoterAndArticle: number;
  /** Past this many remembered pairs, expired ones are swept and, if still full, all dropped. */
  maxEntries: number;
  now?: () => number;
}): VoteLimiter {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  const sweep = (t: number) => {
    for (const [key, w] of windows) if (t - w.start >= options.windowMs) windows.delete(key);
    if (windows.size >= options.maxEntries) windows.clear();
  };
  return {
    allow(voter, article) {
      const t = now();
      const key = `${voter}\n${article}`;
      let w = windows.get(key);
      if (!w || t - w.start >= options.windowMs) {
        if (windows.size >= options.maxEntries) sweep(t);
        windows.set(key, (w = { start: t, count: 0 }));
      }
      if (w.count >= options.perVoterAndArticle) return false;
      w.count++;
      return true;
    },
  };
}
