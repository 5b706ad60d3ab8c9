import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { SelfAssessmentResponse } from "../../../../../server/src/modules/self-assessment/api";
import { api } from "../../../app/api";
import type { SelfAssessment } from "./api";
import { DraftQueue } from "./draftQueue";
import { deviceStorage } from "./pending";

export type { SyncState } from "./draftQueue";

/**
 * Autosave of a draft through a DraftQueue kept for the page's life: choices go to localStorage at once
 * and to the server (PATCH) right after; what waits is sent again when the browser comes online and on
 * the next load.
 */
export function useDraftSync(options: {
  answerId: string;
  url: string;
  onSaved: (answer: SelfAssessment) => void;
}) {
  const onSaved = useRef(options.onSaved);
  onSaved.current = options.onSaved;
  const [queue] = useState(
    () =>
      new DraftQueue<SelfAssessment>({
        answerId: options.answerId,
        storage: deviceStorage(),
        send: (body) => api.patch<SelfAssessmentResponse>(options.url, body).then((r) => r.data),
        onSaved: (answer) => onSaved.current(answer),
      }),
  );
  const snapshot = useSyncExternalStore(queue.subscribe, queue.getSnapshot);

  useEffect(() => {
    // Whatever an earlier visit left unsent goes now; and again whenever the connection returns.
    void queue.flush();
    const onOnline = () => void queue.flush();
    window.addEventListener("online", onOnline);
    return () => window.removeEventListener("online", onOnline);
  }, [queue]);

  return { ...snapshot, record: queue.record, flush: queue.flush };
}
