/** The table: one row per figure, with its budget and PASS/FAIL where the issue sets one. */

export const ms = (v) => (v == null || Number.isNaN(v) ? '—' : v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
/** Decimal units, as Vite prints them: 1 kB = 1,000 bytes. */
export const kb = (v) => (v == null ? '—' : `${(v / 1000).toFixed(1)} kB`);
export const mb = (v) => (v == null ? '—' : `${(v / 1e6).toFixed(2)} MB`);
export const times = (v) => (v == null || !Number.isFinite(v) ? '—' : `${v.toFixed(2)}×`);

export function median(xs) {
  const s = xs.filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs, p) {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  if (!s.length) return null;
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

export class Report {
  rows = [];

  section(title) {
    this.rows.push({ section: title });
  }

  /** A figure; `budget` is { text, ok } when the issue sets one (ok null = could not be measured). */
  add(figure, value, budget) {
    this.rows.push({ figure, value, budget: budget?.text ?? '', verdict: budget ? (budget.ok == null ? 'FAIL (not measured)' : budget.ok ? 'PASS' : 'FAIL') : '' });
  }

  get budgets() {
    const judged = this.rows.filter((r) => r.verdict);
    return { met: judged.filter((r) => r.verdict === 'PASS').length, total: judged.length };
  }

  text() {
    const w = [0, 0, 0];
    for (const r of this.rows) if (!r.section) [r.figure, r.value, r.budget].forEach((c, i) => (w[i] = Math.max(w[i], String(c).length)));
    const lines = [];
    for (const r of this.rows) {
      if (r.section) lines.push('', r.section);
      else lines.push(`  ${r.figure.padEnd(w[0])}  ${String(r.value).padStart(w[1])}  ${r.budget.padEnd(w[2])}  ${r.verdict}`.trimEnd());
    }
    const { met, total } = this.budgets;
    lines.push('', `${met} of ${total} budgets met`);
    return lines.join('\n');
  }

  markdown() {
    const lines = ['| figure | value | budget | |', '|---|---:|---|---|'];
    for (const r of this.rows) {
      if (r.section) lines.push(`| **${r.section}** | | | |`);
      else lines.push(`| ${r.figure} | ${r.value} | ${r.budget} | ${r.verdict} |`);
    }
    const { met, total } = this.budgets;
    lines.push('', `**${met} of ${total} budgets met.**`);
    return lines.join('\n');
  }
}

/** `value ≤ limit`, as a budget cell. */
export const atMost = (value, limit, fmt) => ({ text: `≤ ${fmt(limit)}`, ok: value == null || Number.isNaN(value) ? null : value <= limit });
