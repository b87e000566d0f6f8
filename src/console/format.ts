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
