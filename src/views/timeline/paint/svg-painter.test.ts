import { describe, expect, it } from 'vitest';
import { colorAttrs, escapeXml, SvgPainter } from './svg-painter.ts';
import { estimateTextWidth, parseFont } from './text-metrics.ts';
import { xmlProblem } from './xml-check.ts';

describe('SvgPainter', () => {
  it('writes a well-formed document with escaped text', () => {
    const p = new SvgPainter();
    p.text('a < b & "c" \u0000', 1, 2, { font: '600 12px system-ui, "Segoe UI"', color: '#000' });
    const svg = p.toString(100, 50, 'Title & <more>');
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).toContain('>a &lt; b &amp; &quot;c&quot; </text>');
    expect(svg).toContain('font-family="system-ui, &quot;Segoe UI&quot;"');
    expect(svg).toContain('font-weight="600"');
    expect(svg).toContain('<title>Title &amp; &lt;more&gt;</title>');
  });

  it('turns rgba into rgb plus an opacity, which every SVG viewer reads', () => {
    expect(colorAttrs('fill', 'rgba(86, 180, 233, 0.16)')).toBe(' fill="rgb(86,180,233)" fill-opacity="0.16"');
    expect(colorAttrs('stroke', '#fff')).toBe(' stroke="#fff"');
    expect(colorAttrs('fill', 'transparent')).toBe(' fill="none"');
  });

  it('defines each hatch once and clips groups', () => {
    const p = new SvgPainter({ idPrefix: 'x' });
    const hatch = { hatch: '#123', spacing: 6, width: 1 };
    p.group(10, 20, 30, 40, () => {
      p.rect(0, 0, 5, 5, hatch);
      p.rect(5, 0, 5, 5, hatch, 0.5);
    });
    const svg = p.toString(100, 100, 't');
    expect(svg.match(/<pattern /g)).toHaveLength(1);
    expect(svg).toContain('fill="url(#x-hatch0)" opacity="0.5"');
    expect(svg).toContain('<g transform="translate(10 20)" clip-path="url(#x-clip0)">');
    expect(xmlProblem(svg)).toBeNull();
  });

  it('leaves the root font family off each label', () => {
    const p = new SvgPainter({ fontFamily: 'sans-serif' });
    p.text('hi', 0, 0, { font: '12px sans-serif', color: '#000' });
    const svg = p.toString(10, 10, 't');
    expect(svg).toContain('font-family="sans-serif" role="img"');
    expect(svg).toContain('<text x="0" y="0" dy="0.35em" font-size="12" fill="#000">hi</text>');
  });

  it('drops characters XML cannot hold, keeping surrogate pairs', () => {
    expect(escapeXml('ok\u0007 \ud83d\ude00 \ud800')).toBe('ok \ud83d\ude00 ');
  });
});

describe('text metrics without a browser', () => {
  it('reads the CSS font shorthand', () => {
    expect(parseFont('italic 600 12.5px system-ui, sans-serif')).toEqual({ size: 12.5, weight: 600, italic: true, family: 'system-ui, sans-serif', monospace: false });
    expect(parseFont('12px ui-monospace, Menlo').monospace).toBe(true);
  });

  it('estimates widths a little wide, and bold wider', () => {
    const plain = estimateTextWidth('sleep(1)', '12px sans-serif');
    expect(plain).toBeGreaterThan(40);
    expect(plain).toBeLessThan(52);
    expect(estimateTextWidth('sleep(1)', '600 12px sans-serif')).toBeGreaterThan(plain);
    expect(estimateTextWidth('abcd', '10px monospace')).toBe(24);
  });
});

describe('the test XML check', () => {
  it('catches what it claims to', () => {
    expect(xmlProblem('<svg><g></svg>')).toMatch(/closes the wrong element/);
    expect(xmlProblem('<svg>a & b</svg>')).toMatch(/bare "&"/);
    expect(xmlProblem('<svg><rect/></svg>')).toBeNull();
  });
});
