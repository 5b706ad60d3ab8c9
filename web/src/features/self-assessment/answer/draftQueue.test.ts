import { describe, expect, it } from "vitest";
import { ApiError, NETWORK_ERROR_TYPE } from "../../../app/api";
import { DraftQueue } from "./draftQueue";
import { type PendingStorage, pendingKey } from "./pending";

function memoryStorage(): PendingStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

type Body = { scores: Record<string, number | null>; language?: string };

/**
 * A network under the test's control: each request waits until the test answers it, so the order of
 * events (a choice made while a request is under way, a lost connection) is exact rather than timed.
 */
function network() {
  const requests: { body: Body; resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
  const send = (body: Body) =>
    new Promise<string>((resolve, reject) => {
      requests.push({ body, resolve, reject });
    });
  /** Waits until the queue has sent its next request. */
  const next = async (count: number) => {
    for (let i = 0; i < 50 && requests.length < count; i++) await Promise.resolve();
    const request = requests[count - 1];
    if (!request) throw new Error(`request ${count} was not sent`);
    return request;
  };
  return { requests, send, next };
}

const offline = () => new ApiError({ type: NETWORK_ERROR_TYPE, title: "Network error", status: 0 });
const submitted = () => new ApiError({ type: "about:blank", title: "Conflict", status: 409 });

describe("DraftQueue", () => {
  it("keeps a choice on the device until the server confirms it", async () => {
    const storage = memoryStorage();
    const net = network();
    const saved: string[] = [];
    const queue = new DraftQueue({ answerId: "a1", storage, send: net.send, onSaved: (s) => saved.push(s) });
    queue.record({ scores: { mind: 4 } });
    expect(storage.map.get(pendingKey("a1"))).toBe('{"scores":{"mind":4}}');
    const first = await net.next(1);
    expect(first.body).toEqual({ scores: { mind: 4 } });
    expect(queue.getSnapshot().state).toBe("saving");
    const done = queue.flush();
    first.resolve("server-1");
    expect(await done).toBe(true);
    expect(storage.map.has(pendingKey("a1"))).toBe(false);
    expect(queue.getSnapshot()).toEqual({ pending: { scores: {} }, state: "saved", error: null });
    expect(saved).toEqual(["server-1"]);
  });

  it("sends one request at a time and then what was chosen meanwhile", async () => {
    const storage = memoryStorage();
    const net = network();
    const queue = new DraftQueue({ answerId: "a1", storage, send: net.send });
    queue.record({ scores: { mind: 4 } });
    const first = await net.next(1);
    queue.record({ scores: { mind: 6 } });
    queue.record({ scores: { body: null }, language: "plain" });
    expect(net.requests).toHaveLength(1);
    first.resolve("ok");
    const second = await net.next(2);
    expect(second.body).toEqual({ scores: { mind: 6, body: null }, language: "plain" });
    second.resolve("ok");
    expect(await queue.flush()).toBe(true);
    expect(net.requests).toHaveLength(2);
    expect(storage.map.size).toBe(0);
  });

  it("waits on the device when the connection is lost and sends on the next flush", async () => {
    const storage = memoryStorage();
    const net = network();
    const queue = new DraftQueue({ answerId: "a1", storage, send: net.send });
    queue.record({ scores: { skills: 9 } });
    const pending = queue.flush();
    (await net.next(1)).reject(offline());
    expect(await pending).toBe(false);
    expect(queue.getSnapshot().state).toBe("waiting");
    expect(storage.map.get(pendingKey("a1"))).toBe('{"scores":{"skills":9}}');

    const retry = queue.flush();
    const again = await net.next(2);
    expect(again.body).toEqual({ scores: { skills: 9 } });
    again.resolve("ok");
    expect(await retry).toBe(true);
    expect(queue.getSnapshot().state).toBe("saved");
    expect(storage.map.size).toBe(0);
  });

  it("keeps the choices on a server error too", async () => {
    const storage = memoryStorage();
    const net = network();
    const queue = new DraftQueue({ answerId: "a1", storage, send: net.send });
    queue.record({ scores: { mind: 1 } });
    const pending = queue.flush();
    (await net.next(1)).reject(new ApiError({ type: "about:blank", title: "Bad gateway", status: 502 }));
    expect(await pending).toBe(false);
    expect(queue.getSnapshot().pending).toEqual({ scores: { mind: 1 } });
  });

  it("drops the device copy and reports when the server refuses for good", async () => {
    const storage = memoryStorage();
    const net = network();
    const queue = new DraftQueue({ answerId: "a1", storage, send: net.send });
    queue.record({ scores: { mind: 1 } });
    const pending = queue.flush();
    const refusal = submitted();
    (await net.next(1)).reject(refusal);
    expect(await pending).toBe(false);
    expect(queue.getSnapshot()).toEqual({ pending: { scores: {} }, state: "saved", error: refusal });
    expect(storage.map.size).toBe(0);
  });

  it("picks up what an earlier visit left on the device", async () => {
    const storage = memoryStorage();
    storage.setItem(pendingKey("a1"), '{"scores":{"body":7}}');
    const net = network();
    const queue = new DraftQueue({ answerId: "a1", storage, send: net.send });
    expect(queue.getSnapshot().state).toBe("waiting");
    expect(queue.getSnapshot().pending).toEqual({ scores: { body: 7 } });
    const done = queue.flush();
    (await net.next(1)).resolve("ok");
    expect(await done).toBe(true);
    expect(storage.map.size).toBe(0);
  });

  it("sends nothing when nothing waits, and still sends the next choice", async () => {
    const net = network();
    const queue = new DraftQueue({ answerId: "a1", storage: memoryStorage(), send: net.send });
    expect(await queue.flush()).toBe(true);
    expect(net.requests).toHaveLength(0);
    // …and an empty flush does not block the next choice from being sent.
    queue.record({ scores: { mind: 5 } });
    expect((await net.next(1)).body).toEqual({ scores: { mind: 5 } });
  });

  it("tells subscribers about each change", async () => {
    const net = network();
    const queue = new DraftQueue({ answerId: "a1", storage: null, send: net.send });
    const states: string[] = [];
    const unsubscribe = queue.subscribe(() => states.push(queue.getSnapshot().state));
    queue.record({ scores: { mind: 2 } });
    const done = queue.flush();
    (await net.next(1)).resolve("ok");
    await done;
    unsubscribe();
    queue.record({ scores: { mind: 3 } });
    expect(states).toEqual(["saved", "saving", "saving", "saved"]);
  });
});
