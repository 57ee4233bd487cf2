import { ticks } from 'd3';
import type { TimeScale } from '../../units/time-scale.ts';
import { px, secs, type Pixels, type Seconds } from '../../units/time.ts';

export interface Tick {
  t: Seconds;
  x: Pixels;
  label: string;
}

/**
 * Round-number ticks for the visible window, about one per `spacing` pixels, labelled
 * in the unit the window calls for (s, ms or µs) with no more digits than the step needs.
 */
export function axisTicks(scale: TimeScale, spacing = 90): Tick[] {
  const count = Math.max(2, Math.floor(scale.width / spacing));
  const values = ticks(scale.start, scale.end, count);
  const step = values.length > 1 ? values[1]! - values[0]! : scale.span;
  const [unit, factor] = step >= 0.5 ? ['s', 1] : step >= 5e-4 ? ['ms', 1e3] : ['µs', 1e6];
  const digits = Math.max(0, -Math.floor(Math.log10(step * factor) + 1e-9));
  return values.map((v) => {
    // Zero is "0 s" in any unit: it is where the run starts.
    const zero = Math.abs(v) < step / 1e6;
    // Deep in a long run, "1472574.2 µs" is unreadable: past 1 s, fine steps stay in seconds.
    const inSeconds = unit !== 's' && Math.abs(v) >= 1;
    const secondDigits = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
    const label = zero ? '0 s' : inSeconds ? `${v.toFixed(secondDigits)} s` : `${(v * factor).toFixed(digits)} ${unit}`;
    return { t: secs(v), x: scale.toPx(secs(v)), label };
  }).filter((t) => t.x >= px(-1) && t.x <= scale.width + 1);
}
