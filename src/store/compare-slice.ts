import type { Trace } from '../protocol/trace.ts';
import type { Runner } from '../runner/runner.ts';
import type { Slice } from './app-state.ts';

export type Mode = 'single' | 'compare';

/** One program of a comparison: a name for humans ("gather") and its code. */
export interface Variant {
  name: string;
  code: string;
}

/** A variant's last run: the code that ran and its trace, or why the engine could not run it. */
export interface VariantRun {
  code: string;
  trace: Trace | null;
  failure: string | null;
}

/** Single mode's editor and run, put aside while comparing. */
interface Stash {
  code: string;
  trace: Trace | null;
  tracedCode: string | null;
}

/** How many variants a comparison holds. */
export const VARIANT_COUNT = 2;
const DEFAULT_NAMES = ['A', 'B'];

/**
 * Compare mode: two variants side by side. The active variant is mirrored into the
 * store's `code` and `trace` (setCode writes through), so the editor, console, tasks,
 * playback and event-loop panel follow whichever tab is open, unchanged. `variants`
 * and `runs` are the truth; single mode's own code and trace wait in `stash`.
 */
export interface CompareSlice {
  mode: Mode;
  /** The programs compared (two in compare mode; kept while in single mode for coming back). */
  variants: Variant[];
  /** Per variant, its last finished run; null before it ran. */
  runs: Array<VariantRun | null>;
  /** The variant in the editor. */
  activeVariant: number;
  /** The variant running right now, for "Running…" on its timeline. */
  runningVariant: number | null;
  stash: Stash | null;
  /**
   * Single mode's code when compare mode was left: toggling Compare on again with that code
   * still in the editor resumes the last comparison; with other code, it compares that code.
   */
  resumeWith: string | null;
  /** Enters compare mode (resuming, or with two copies of the code) or goes back to single. */
  setMode(mode: Mode): void;
  /** Restores a state (share links, gallery): one variant for single mode, two for compare. Does not run. */
  loadVariants(mode: Mode, variants: readonly Variant[]): void;
  setActiveVariant(index: number): void;
  renameVariant(index: number, name: string): void;
  /** Runs every variant, one after the other, through the one runner. */
  runVariants(): Promise<void>;
}

export const createCompareSlice =
  (runner: Runner): Slice<CompareSlice> =>
  (set, get) => {
    /** Shows variant i in the editor and its last run everywhere else. */
    const mirror = (i: number) => {
      const { variants, runs } = get();
      set({ activeVariant: i, code: variants[i]!.code, runFailure: runs[i]?.failure ?? null });
      get().setTrace(runs[i]?.trace ?? null, runs[i]?.code ?? null);
    };
    const enterCompare = (variants: Variant[], runs: Array<VariantRun | null>) => {
      const s = get();
      const stash = s.mode === 'single' ? { code: s.code, trace: s.trace, tracedCode: s.tracedCode } : s.stash;
      set({ mode: 'compare', variants, runs, stash });
      mirror(0);
    };

    return {
      mode: 'single',
      variants: [],
      runs: [],
      activeVariant: 0,
      runningVariant: null,
      stash: null,
      resumeWith: null,
      setMode: (mode) => {
        const s = get();
        if (mode === s.mode || s.running) return;
        if (mode === 'compare') {
          const resume = s.variants.length === VARIANT_COUNT && s.resumeWith === s.code;
          return enterCompare(resume ? s.variants : DEFAULT_NAMES.map((name) => ({ name, code: s.code })), resume ? s.runs : [null, null]);
        }
        const stash = s.stash ?? { code: s.code, trace: null, tracedCode: null };
        set({ mode: 'single', stash: null, code: stash.code, runFailure: null, resumeWith: stash.code });
        get().setTrace(stash.trace, stash.tracedCode);
      },
      loadVariants: (mode, variants) => {
        if (get().running) get().stop();
        if (mode === 'compare') {
          const two = [0, 1].map((i) => ({ name: variants[i]?.name || DEFAULT_NAMES[i]!, code: variants[i]?.code ?? variants[0]?.code ?? '' }));
          return enterCompare(two, [null, null]);
        }
        if (get().mode === 'compare') get().setMode('single');
        set({ code: variants[0]?.code ?? '' });
      },
      setActiveVariant: (index) => {
        const s = get();
        if (s.mode !== 'compare' || index === s.activeVariant || !s.variants[index]) return;
        mirror(index);
      },
      renameVariant: (index, name) => {
        const trimmed = name.trim().slice(0, 60);
        if (!trimmed || !get().variants[index]) return;
        set((s) => ({ variants: s.variants.map((v, i) => (i === index ? { ...v, name: trimmed } : v)) }));
      },
      runVariants: async () => {
        const { runnerStatus, running, variants, runOptions } = get();
        if (running || runnerStatus.state !== 'ready' || get().mode !== 'compare') return;
        set({ running: true, progress: null, runFailure: null });
        try {
          for (let i = 0; i < variants.length; i++) {
            const { code } = variants[i]!;
            set({ runningVariant: i, progress: null });
            let run: VariantRun;
            try {
              run = { code, trace: await runner.run(code, runOptions, (progress) => set({ progress })), failure: null };
            } catch (err) {
              run = { code, trace: null, failure: err instanceof Error ? err.message : String(err) };
            }
            set((s) => ({ runs: s.runs.map((r, j) => (j === i ? run : r)) }));
            if (i === get().activeVariant) mirror(i);
            // Stop means stop: the other variant does not start after it.
            if (run.trace?.outcome.status === 'stopped') break;
          }
        } finally {
          set({ running: false, progress: null, runningVariant: null });
        }
      },
    };
  };
