import { useApp, useAppStore } from '../store-context.tsx';

/** In an embed of a comparison: which variant the editor and timeline show. */
export function EmbedVariantTabs() {
  const store = useAppStore();
  const variants = useApp((s) => s.variants);
  const active = useApp((s) => s.activeVariant);
  return (
    <div className="embed-variants" role="tablist" aria-label="Variants">
      {variants.map((v, i) => (
        <button key={i} type="button" role="tab" aria-selected={i === active} className={i === active ? 'on' : ''} onClick={() => store.getState().setActiveVariant(i)}>
          {v.name}
        </button>
      ))}
    </div>
  );
}
