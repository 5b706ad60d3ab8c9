import { useEffect, useRef, useState } from "react";

/**
 * Moves focus to an element after the render that shows it. Callers ask from event handlers or from a
 * request's callback; the focus happens in an effect, so the element exists by then (a timer or an
 * animation frame could run before React has rendered the new content).
 */
export function useFocusRequest<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request > 0) ref.current?.focus();
  }, [request]);
  return [ref, () => setRequest((n) => n + 1)] as const;
}
