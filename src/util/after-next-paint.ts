/**
 * Calls `then` once the frame after now has been painted: the next animation frame, then a task
 * (that frame's style, layout and paint are done by then). A hidden page gets no frames, so a
 * timer stands in after a second. Returns a cancel function.
 */
export function afterNextPaint(then: () => void, fallbackMs = 1000): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    then();
  };
  const frame = requestAnimationFrame(() => setTimeout(once, 0));
  const fallback = setTimeout(once, fallbackMs);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
  };
}
