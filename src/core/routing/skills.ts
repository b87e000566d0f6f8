/** Whether someone with these skill levels may take work that needs `needs` (skill -> level). */
export function meetsSkills(
  has: Readonly<Record<string, number>>,
  needs: Readonly<Record<string, number>>,
): boolean {
  return Object.entries(needs).every(([skill, level]) => (has[skill] ?? 0) >= level);
}
