/**
 * Units that cannot be mixed up. Virtual seconds (the trace's clock), browser
 * milliseconds (wall clock) and CSS pixels are all `number` at runtime; the brands
 * make the compiler refuse `seconds + pixels`. Convert only through the helpers here
 * or through the one TimeScale (time-scale.ts).
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** Virtual seconds since the run started (the trace's clock). */
export type Seconds = Brand<number, 'Seconds'>;
/** Wall-clock milliseconds in the browser (performance.now, durations). */
export type Millis = Brand<number, 'Millis'>;
/** CSS pixels, horizontal or vertical. */
export type Pixels = Brand<number, 'Pixels'>;

export const secs = (n: number): Seconds => n as Seconds;
export const millis = (n: number): Millis => n as Millis;
export const px = (n: number): Pixels => n as Pixels;

/**
 * "1.0 s", "250 ms", "12 µs": the precision a learner needs, not the float's.
 * Virtual time is exact, so 1.0 stays "1.0 s" rather than "1.0000000002 s".
 */
export function formatSeconds(t: Seconds | number): string {
  const a = Math.abs(t);
  if (a === 0) return '0 s';
  if (a < 1e-3) return `${trim(t * 1e6, 0)} µs`;
  if (a < 1) return `${trim(t * 1e3, a < 0.01 ? 1 : 0)} ms`;
  if (a < 10) return `${trim(t, a === Math.round(a) ? 1 : 2)} s`;
  if (a < 600) return `${trim(t, 1)} s`;
  const m = Math.floor(a / 60);
  return `${t < 0 ? '-' : ''}${m} min ${trim(a - m * 60, 0)} s`;
}

/** A time stamp for the console: fixed width, three decimals ("1.500"). */
export function formatStamp(t: Seconds | number): string {
  return t >= 1000 ? t.toFixed(1) : t.toFixed(3);
}

/** Fixed-point rounding that keeps one decimal for whole seconds ("1.0 s"). */
function trim(n: number, digits: number): string {
  const s = n.toFixed(digits);
  if (digits === 0 || !s.includes('.')) return s;
  const stripped = s.replace(/0+$/, '');
  return stripped.endsWith('.') ? `${stripped}0` : stripped;
}

/** Bytes for the loading bar: "4.2 MB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
