/** Last-seen seqs (unread markers) and the sound and notification for new customer messages. */

const key = (userId: string) => `parley.seen.${userId}`;

export function loadSeen(userId: string): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key(userId)) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, number>) : {};
  } catch {
    return {};
  }
}

export function saveSeen(userId: string, seen: Record<string, number>) {
  try {
    localStorage.setItem(key(userId), JSON.stringify(seen));
  } catch {
    // Private mode or a full quota: unread markers then last only for this visit.
  }
}

let audio: AudioContext | undefined;

/** A short two-tone beep; no sound file needed. Browsers may keep it silent until a click. */
export function beep() {
  try {
    audio ??= new AudioContext();
    const t = audio.currentTime;
    const gain = audio.createGain();
    gain.connect(audio.destination);
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.2, t + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.35);
    const osc = audio.createOscillator();
    osc.frequency.setValueAtTime(880, t);
    osc.frequency.setValueAtTime(1320, t + 0.12);
    osc.connect(gain);
    osc.start(t);
    osc.stop(t + 0.36);
  } catch {
    // No audio on this device; the notification and unread marker still tell the agent.
  }
}

export const notificationsSupported = () => typeof Notification !== 'undefined';

export function notify(title: string, body: string, onClick: () => void) {
  if (!notificationsSupported() || Notification.permission !== 'granted') return;
  try {
    const n = new Notification(title, { body, tag: title, icon: '/console/icon.svg' });
    n.onclick = () => {
      focus();
      onClick();
      n.close();
    };
  } catch {
    // Android Chrome allows notifications only from the service worker; the sound still plays.
  }
}
