// Renderer (the page). For what can wait a frame: false in the render that mounts a component, true once
// that first frame has been painted. The checklist's folded lists use it, so the frame that shows the
// verdicts is not held up building 20-odd items nobody can see until they unfold them.
import { useEffect, useState } from 'react';

export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // An animation frame runs just before its paint; a task queued from it runs after that paint.
    const after = () => (timer = setTimeout(() => setPainted(true), 0));
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(after) : (after(), 0);
    return () => {
      if (typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
