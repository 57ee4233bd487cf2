import { select } from 'd3';
import type { TimeScale } from '../../units/time-scale.ts';
import { formatSeconds, type Pixels } from '../../units/time.ts';
import { axisTicks } from './axis-ticks.ts';

/**
 * The time axis, drawn by d3 into an SVG that React renders empty and never
 * touches again (one owner per DOM subtree).
 */
export function renderAxis(svg: SVGSVGElement, scale: TimeScale, pointerX: Pixels | null): void {
  const ticks = axisTicks(scale);
  setAttr(svg, 'width', String(scale.width));
  const root = select(svg);
  root
    .selectAll<SVGGElement, (typeof ticks)[number]>('g.tick')
    // Joined by position, not label: zooming changes every label, and reusing the nodes
    // (new text and transform) spares creating and removing them on every frame.
    .data(ticks)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'tick');
      g.append('line').attr('y1', 22).attr('y2', 30);
      g.append('text').attr('y', 15).attr('text-anchor', 'middle');
      return g;
    })
    .each(function (d) {
      // Only what changed: each text or attribute written costs style and layout in this frame.
      setAttr(this, 'transform', `translate(${Math.round(d.x) + 0.5},0)`);
      const text = this.lastChild as SVGTextElement;
      if (text.textContent !== d.label) text.textContent = d.label;
      setAttr(text, 'text-anchor', d.x < 20 ? 'start' : d.x > scale.width - 20 ? 'end' : 'middle');
    });

  // The time under the pointer, as a chip on the axis: "when" is never guesswork.
  const cursor = root.selectAll<SVGGElement, number>('g.cursor').data(pointerX === null ? [] : [pointerX]);
  cursor.exit().remove();
  const g = cursor.enter().append('g').attr('class', 'cursor');
  g.append('rect').attr('y', 5).attr('height', 20).attr('rx', 4);
  g.append('text').attr('y', 15.5).attr('dominant-baseline', 'middle').attr('text-anchor', 'middle');
  const merged = g.merge(cursor);
  merged.each(function (x) {
    const label = formatSeconds(scale.toTime(x));
    const width = label.length * 7 + 12;
    const cx = Math.min(Math.max(x, width / 2), scale.width - width / 2);
    const node = select(this);
    node.attr('transform', `translate(${cx},0)`);
    node.select('rect').attr('x', -width / 2).attr('width', width);
    node.select('text').text(label);
  });
}

function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}
