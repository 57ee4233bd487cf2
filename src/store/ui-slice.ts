import { compareExampleById } from '../examples/compare/index.ts';
import { exampleById } from '../examples/index.ts';
import type { Slice } from './app-state.ts';

export interface UiSlice {
  galleryOpen: boolean;
  /** The gallery example last loaded, for its "what to look for" note. */
  exampleId: string | null;
  /** Monaco has mounted (the shell shows a plain copy of the code until then). */
  editorReady: boolean;
  setGalleryOpen(open: boolean): void;
  /** Loads an example into the editor (a compare example into compare mode) and runs it, if Python is ready. */
  loadExample(id: string): void;
  dismissExample(): void;
  setEditorReady(ready: boolean): void;
}

export const createUiSlice =
  (exampleId: string | null): Slice<UiSlice> =>
  (set, get) => ({
    galleryOpen: false,
    exampleId,
    editorReady: false,
    setGalleryOpen: (galleryOpen) => set({ galleryOpen }),
    loadExample: (id) => {
      const compare = compareExampleById(id);
      const example = exampleById(id);
      if (compare) get().loadVariants('compare', compare.variants);
      else if (example) get().loadVariants('single', [{ name: 'main', code: example.code }]);
      else return;
      set({ exampleId: id, galleryOpen: false });
      void get().run();
    },
    dismissExample: () => set({ exampleId: null }),
    setEditorReady: (editorReady) => set({ editorReady }),
  });
