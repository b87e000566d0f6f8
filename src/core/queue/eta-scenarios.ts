import type { QueueScenario } from './simulate-queue.js';

/**
 * The traffic the wait model is measured on (the accuracy test and `npm run bench -- eta`).
 *
 * One team, two shifts (07:45–14:15 and 13:45–20:45, so there is a handover at 14:00 when the
 * morning leaves with chats still open), three chats per agent. A chat needs a median 7 minutes
 * of an agent's attention with a long tail (log-normal, σ 0.8: mean 9.6, 1 in 10 over 20);
 * three at once each take 1.7× as long, so a fully loaded agent finishes about 11 chats an hour
 * and six of them about 1.1 a minute. Customers come 08:00–20:00, busiest around noon.
 */
const h = (hour: number) => Math.round(hour * 60);

/** The day's shape, relative to its busiest hour. */
const DAY_SHAPE: readonly (readonly [number, number])[] = [
  [h(8), 0.3],
  [h(10), 0.8],
  [h(12), 1],
  [h(14), 1],
  [h(16), 0.75],
  [h(18), 0.5],
  [h(20), 0.2],
];

const MORNING = [[h(7.75), h(14.25)]] as const;
const AFTERNOON = [[h(13.75), h(20.75)]] as const;

function scenario(
  name: string,
  seed: number,
  peakPerMinute: number,
  agents: QueueScenario['agents'],
): QueueScenario {
  return {
    name,
    seed,
    days: 20,
    arrivals: DAY_SHAPE.map(([m, r]) => [m, r * peakPerMinute] as const),
    agents,
    capacity: 3,
    work: { medianMinutes: 7, sigma: 0.8 },
    concurrencySlowdown: 0.35,
    handleSamples: 50,
  };
}

const team = (morning: number, afternoon: number) => [
  ...Array.from({ length: morning }, () => MORNING),
  ...Array.from({ length: afternoon }, () => AFTERNOON),
];

export const ETA_SCENARIOS: readonly QueueScenario[] = [
  // A small shop, two agents a shift, peak demand at about 70% of what they get through: short
  // lines at busy moments. (Six agents at 70% almost never make anyone wait, so tell nothing.)
  scenario('light, small team', 11, 0.25, team(2, 2)),
  // Peak at about 95%: a line most of the middle of the day.
  scenario('near saturation', 12, 1.0, team(6, 6)),
  // Peak at about 120% for hours: the line grows through the middle of the day, then drains.
  scenario('overload', 13, 1.3, team(6, 6)),
  // Demand as near saturation, but two of the afternoon shift start at 16:00 instead of 14:00,
  // and one morning agent leaves at 11:00.
  scenario('staffing change', 14, 0.9, [
    ...Array.from({ length: 5 }, () => MORNING),
    [[h(7.75), h(11)]],
    ...Array.from({ length: 4 }, () => AFTERNOON),
    ...Array.from({ length: 2 }, () => [[h(16), h(20.75)]] as const),
  ]),
];
