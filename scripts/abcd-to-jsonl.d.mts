// Types for scripts/abcd-to-jsonl.mjs, so tests and benches in TypeScript can use it.
export interface AbcdArticle {
  id: string;
  title: string;
  content: string;
  category: string;
}
export type AbcdGuidelines = Record<
  string,
  {
    description: string;
    subflows: Record<
      string,
      {
        instructions: string[];
        actions: { type: string; button: string; text: string; subtext: string[] }[];
      }
    >;
  }
>;
export const DEFAULT_GUIDELINES: string;
export function abcdToArticles(guidelines: AbcdGuidelines): AbcdArticle[];
export function abcdToJsonLines(guidelines: AbcdGuidelines): string;
export function readGuidelines(file?: string): AbcdGuidelines;
