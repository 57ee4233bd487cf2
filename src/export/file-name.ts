/**
 * Names for downloaded files: "loopscope-trace-20250102-030405.json". The time is the
 * caller's (pass the Date in), local, to the second, so names sort in the order saved.
 */

/** What the file holds: the Loopscope trace itself, or the Chrome/Perfetto rendering of it. */
export type ExportKind = 'trace' | 'perfetto';

/** "loopscope-<kind>-<yyyymmdd-hhmmss>.json" in the local time of `at`. */
export function exportFileName(kind: ExportKind, at: Date): string {
  return `loopscope-${kind}-${fileStamp(at)}.json`;
}

/** "20250102-030405": local date and time, digits only, safe on every file system. */
export function fileStamp(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}`;
  return `${date}-${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`;
}
