import type { TraceModel } from '../../model/types.ts';
import { AXIS_HEIGHT } from './geometry.ts';
import type { TooltipAnchor } from './timeline-controller.ts';
import { tooltipContent } from './tooltip-content.ts';

const TOOLTIP_WIDTH = 320;

/** The hover card: task, state, line (with its source), duration, and what it awaits. */
export function Tooltip({ model, anchor, code }: { model: TraceModel; anchor: TooltipAnchor; code: string | null }) {
  const content = tooltipContent(model, anchor.hit);
  if (!content) return null;
  const source = content.line !== null ? code?.split('\n')[content.line - 1]?.trim() : undefined;
  // Flip to the left of the pointer near the right edge, above it near the bottom.
  const style = {
    left: `calc(var(--label-width) + ${anchor.x}px)`,
    top: AXIS_HEIGHT + anchor.y,
    transform: `translate(${anchor.x > anchor.width - TOOLTIP_WIDTH - 20 ? 'calc(-100% - 14px)' : '14px'}, ${anchor.y > anchor.height - 150 ? 'calc(-100% - 10px)' : '14px'})`,
    maxWidth: TOOLTIP_WIDTH,
  };
  return (
    <div className="timeline-tooltip" role="tooltip" style={style} data-testid="timeline-tooltip">
      <div className="tt-head">
        <strong>{content.title}</strong>
        {content.subtitle && <span className="tt-sub">{content.subtitle}</span>}
      </div>
      <div className="tt-state">{content.state}</div>
      {content.detail && <div className="tt-detail">{content.detail}</div>}
      <div className="tt-when">{content.when}</div>
      {content.line !== null && (
        <div className="tt-line">
          <span className="tt-line-no">line {content.line}</span>
          {source && <code>{source}</code>}
        </div>
      )}
    </div>
  );
}
