/**
 * The statuses of an improvement and their names, without zod, so the console can use them
 * without bundling the schemas (zod probes for eval, which the console's CSP refuses).
 */
export const IMPROVEMENT_STATUSES = [
  'proposed',
  'planned',
  'in_progress',
  'shipped',
  'wont_do',
] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];

export const IMPROVEMENT_STATUS_LABELS: Record<ImprovementStatus, string> = {
  proposed: 'Proposed',
  planned: 'Planned',
  in_progress: 'In progress',
  shipped: 'Shipped',
  wont_do: 'Won’t do',
};

/** The kinds of feedback routing rules apply to (chat messages are not routed). */
export const ROUTED_KINDS = ['csat', 'ces', 'nps', 'cx', 'review', 'complaint'] as const;
export type RoutedKind = (typeof ROUTED_KINDS)[number];
