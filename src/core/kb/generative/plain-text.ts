// A tag needs a letter (or / or !) right after "<", so "orders < $50" survives.
const BLOCK = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?[a-z!][^<>]*>/gi;
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': ' ',
};

/**
 * The model's text without HTML. Widgets show it as text anyway; this keeps stray markup from
 * showing up as literal tags. Entities are decoded and tags removed again, so an encoded tag
 * does not come back as one.
 */
export function plainText(text: string): string {
  const once = text.replace(BLOCK, ' ').replace(TAG, ' ');
  const decoded = once.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e]!);
  return decoded
    .replace(BLOCK, ' ')
    .replace(TAG, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}
