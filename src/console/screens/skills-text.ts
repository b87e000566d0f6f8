/**
 * Skills are typed as plain text on a phone ("refunds 3, german 5"), not picked from widgets:
 * a name, then an optional level 1–5 (3 when left out), separated by commas.
 */
export function formatSkills(skills: Record<string, number>): string {
  return Object.entries(skills)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, level]) => `${name} ${level}`)
    .join(', ');
}

export type ParsedSkills =
  { ok: true; skills: Record<string, number> } | { ok: false; error: string };

export function parseSkills(text: string): ParsedSkills {
  const skills: Record<string, number> = {};
  for (const part of text.split(',')) {
    const item = part.trim();
    if (!item) continue;
    const match = /^(.+?)(?:\s*[: ]\s*(\d+))?$/u.exec(item);
    const name = match?.[1]?.trim().toLowerCase();
    const level = match?.[2] === undefined ? 3 : Number(match[2]);
    if (!name) return { ok: false, error: `“${item}” is not a skill.` };
    if (level < 1 || level > 5) {
      return { ok: false, error: `The level of “${name}” must be 1 to 5.` };
    }
    skills[name] = level;
  }
  return { ok: true, skills };
}
