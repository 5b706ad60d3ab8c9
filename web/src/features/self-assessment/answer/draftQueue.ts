import { ApiError } from "../../../app/api";
import {
  EMPTY_PENDING,
  isEmptyPending,
  mergePending,
  type Pending,
  type PendingStorage,
  patchBody,
  readPending,
  settlePending,
  writePending,
} from "./pending";

export type SyncState =
  /** Everything the person chose is on the server. */
  | "saved"
  | "saving"
  /** The server could not be reached: the choices wait on this device. */
  | "waiting";

export interface QueueSnapshot {
  pending: Pending;
  state: SyncState;
  /** A refusal that sending again cannot change (shown to the person). */
  error: unknown;
}

/**
 * Refusals that sending the same again cannot change (the answer was submitted or removed meanwhile, or
 * the choice is invalid). Anything else (no connection, a server or proxy error, an expired session,
 * a rate limit) may pass, so the choices are kept.
 */
const FINAL_STATUSES = new Set([400, 403, 404, 409, 410, 422]);
export const isFinalRefusal = (error: unknown) =>
  error instanceof ApiError && FINAL_STATUSES.has(error.status);

/**
 * The autosave queue of one draft. Every choice is stored on the device first and then sent (the server
 * merges it per key); one request at a time, each carrying everything unsent. What the server confirms
 * leaves the device; what fails for lack of connection waits for the next `flush` (the page calls it
 * when the browser comes online, on the next choice and on the next load).
 */
export class DraftQueue<Saved> {
  private snapshot: QueueSnapshot;
  private running: Promise<boolean> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly options: {
      answerId: string;
      storage: PendingStorage | null;
      send: (body: ReturnType<typeof patchBody>) => Promise<Saved>;
      onSaved?: (saved: Saved) => void;
    },
  ) {
    const pending = readPending(options.storage, options.answerId);
    this.snapshot = { pending, state: isEmptyPending(pending) ? "saved" : "waiting", error: null };
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = () => this.snapshot;

  /** Records a choice (kept on the device at once) and sends it. */
  readonly record = (change: Pending) => {
    this.update({ pending: mergePending(this.snapshot.pending, change) });
    void this.flush();
  };

  /** Sends everything unsent; resolves true when nothing is left unsent. */
  readonly flush = (): Promise<boolean> => {
    if (this.running) return this.running;
    if (isEmptyPending(this.snapshot.pending)) {
      if (this.snapshot.state !== "saved") this.update({ state: "saved" });
      return Promise.resolve(true);
    }
    const run = async (): Promise<boolean> => {
      // Let `running` be set before the loop starts, so that its `finally` clears this run.
      await Promise.resolve();
      try {
        while (!isEmptyPending(this.snapshot.pending)) {
          const sent = this.snapshot.pending;
          this.update({ state: "saving" });
          let saved: Saved;
          try {
            saved = await this.options.send(patchBody(sent));
          } catch (failure) {
            if (!isFinalRefusal(failure)) {
              this.update({ state: "waiting" });
              return false;
            }
            // Sending the same again cannot succeed: the device copy goes and the page says why.
            this.update({ pending: EMPTY_PENDING, state: "saved", error: failure });
            return false;
          }
          this.update({ pending: settlePending(this.snapshot.pending, sent), error: null });
          this.options.onSaved?.(saved);
        }
        this.update({ state: "saved" });
        return true;
      } finally {
        this.running = null;
      }
    };
    this.running = run();
    return this.running;
  };

  private update(change: Partial<QueueSnapshot>) {
    if (change.pending) writePending(this.options.storage, this.options.answerId, change.pending);
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
  }
}
