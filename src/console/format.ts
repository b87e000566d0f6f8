/** "owner" -> "Owner". */
export const roleLabel = (role: string) => role.charAt(0).toUpperCase() + role.slice(1);

/** A date in the reader's own locale, e.g. "3 Mar 2025". */
export const formatDate = (iso: string) =>
  new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** "Hanna Hopfield" -> "HH". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  const last = parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '';
  return ((parts[0]?.[0] ?? '') + last).toUpperCase();
}

/** "now", "5m", "3h", "2d", then a short date: for inbox rows, where space is tight. */
export function ago(iso: string, now = Date.now()): string {
  const minutes = Math.floor((now - new Date(iso).getTime()) / 60_000);
  if (minutes < 1) return 'now';
  if (minutes < 60) return `${minutes}m`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)}h`;
  if (minutes < 7 * 24 * 60) return `${Math.floor(minutes / (24 * 60))}d`;
  return new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

/** A time of day in the reader's locale, e.g. "14:05". */
export const clock = (iso: string) =>
  new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

export const topicLabel = (topic: string) => roleLabel(topic);
