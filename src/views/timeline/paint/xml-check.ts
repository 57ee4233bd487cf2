/**
 * A small well-formedness check for the SVG we write (tests only: Node has no DOMParser).
 * Checks what our writer could get wrong: tag nesting, attribute quoting, bare `&` and `<`.
 * Returns the first problem, or null.
 */
export function xmlProblem(xml: string): string | null {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let m: RegExpExecArray | null;
  let seenRoot = false;
  while ((m = token.exec(body))) {
    const [, close, name, attrs, selfClose, text, stray] = m;
    if (stray) return `a stray "<" at ${m.index}`;
    if (text !== undefined) {
      if (stack.length === 0 && text.trim()) return `text outside the root at ${m.index}`;
      const bad = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i.exec(text);
      if (bad) return `a bare "&" at ${m.index + bad.index}`;
      continue;
    }
    const amp = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i.exec(attrs ?? '');
    if (amp) return `a bare "&" in the attributes of <${name}>`;
    if (close) {
      if (stack.pop() !== name) return `</${name}> closes the wrong element at ${m.index}`;
    } else if (!selfClose) {
      if (stack.length === 0 && seenRoot) return 'a second root element';
      seenRoot = true;
      stack.push(name!);
    } else if (stack.length === 0) return 'a self-closed root element';
  }
  if (stack.length) return `<${stack[stack.length - 1]}> is never closed`;
  return seenRoot ? null : 'no root element';
}
