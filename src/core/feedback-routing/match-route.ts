import { hasKeyword } from '../topics/key-phrases.js';

export interface RouteRule {
  id: string;
  /** The keyword's stems (keywordKey), or null when the rule is about a topic only. */
  keywordKey: string | null;
  topicId: string | null;
  /** Which kinds of feedback it applies to; empty: all. */
  kinds: readonly string[];
  teamId: string | null;
  userId: string | null;
}

/**
 * The first rule, in the order given, that fits a piece of feedback: of a kind it applies to,
 * and with its keyword in the text and the text in its topic, whichever of the two it names.
 */
export function matchRoute(
  rules: readonly RouteRule[],
  text: { kind: string; terms: string; topicIds: readonly string[] },
): RouteRule | undefined {
  return rules.find(
    (r) =>
      (r.kinds.length === 0 || r.kinds.includes(text.kind)) &&
      (r.keywordKey === null || hasKeyword(text.terms, r.keywordKey)) &&
      (r.topicId === null || text.topicIds.includes(r.topicId)),
  );
}
