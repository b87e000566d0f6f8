/**
 * Article bodies are stored without leading blank lines or trailing whitespace, however they
 * arrive (editor, JSON Lines, Markdown file), so an export re-imports as "unchanged".
 */
export function normalizeBody(md: string): string {
  return md
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd();
}
