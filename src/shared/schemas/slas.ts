import { z } from 'zod';
import { PRIORITIES } from '../sla-labels.js';

const Minutes = z
  .number({ error: 'use a whole number of minutes, or null for no target' })
  .int('use a whole number of minutes')
  .min(1, 'a target must be at least 1 minute (null: no target)')
  .max(525_600, 'a target can be at most a year (525600 minutes)')
  .nullable();

/** One priority's SLA targets. */
export const SlaPolicyInput = z.object({
  priority: z.enum(PRIORITIES, { error: 'priority is one of urgent, high, normal, low' }),
  firstResponseMinutes: Minutes,
  nextResponseMinutes: Minutes,
  resolutionMinutes: Minutes,
  businessHours: z.boolean({ error: 'businessHours is true or false' }),
  warnBeforeMinutes: z
    .number({ error: 'use a whole number of minutes' })
    .int('use a whole number of minutes')
    .min(0, 'use 0 for no warning')
    .max(10_080, 'warn at most a week (10080 minutes) ahead'),
});
export type SlaPolicyInput = z.infer<typeof SlaPolicyInput>;

/** The whole set, one entry per priority at most; priorities left out have no targets. */
export const SlaPoliciesInput = z.object({
  policies: z
    .array(SlaPolicyInput)
    .max(4)
    .refine((list) => new Set(list.map((p) => p.priority)).size === list.length, {
      error: 'each priority may appear once',
    }),
});
export type SlaPoliciesInput = z.infer<typeof SlaPoliciesInput>;

const Day = z.iso.datetime({ offset: true }).or(z.iso.date());

/** The report's period: clocks started from `from` (inclusive) to `to` (exclusive). */
export const SlaReportQuery = z
  .object({ from: Day, to: Day })
  .refine((q) => Date.parse(q.from) < Date.parse(q.to), {
    error: 'from must be before to',
    path: ['to'],
  });
export type SlaReportQuery = z.infer<typeof SlaReportQuery>;
