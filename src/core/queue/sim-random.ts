/**
 * Seeded random numbers for the queue simulator. `Math.random` cannot be seeded, and a
 * simulation whose figures change on every run cannot back a test threshold or a documented
 * error table. mulberry32 is small, fast and plenty for sampling traffic (not for secrets).
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Minutes until the next event of a Poisson process with this rate per minute. */
  exponential(ratePerMinute: number): number;
  /** Log-normal with this median and log-scale spread: most values near the median, a long tail. */
  logNormal(median: number, sigma: number): number;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // 1 - next() is in (0, 1], so the logarithms below never see zero.
  const open = () => 1 - next();
  const normal = () => Math.sqrt(-2 * Math.log(open())) * Math.cos(2 * Math.PI * next());
  return {
    next,
    exponential: (rate) => -Math.log(open()) / rate,
    logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
  };
}

/**
 * Independent streams from one seed, so changing how often one part of the simulation draws
 * (say, a different dispatch rule) does not reshuffle the traffic of every other part.
 */
export function splitSeed(seed: number, stream: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}
