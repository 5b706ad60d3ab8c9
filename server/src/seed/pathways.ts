import type { FastifyInstance } from "fastify";
import { addMonthsIso, todayIso } from "../lib/dates";
import { DEMO_PASSWORD } from "./demo";

/**
 * Seeds fictional participants at various stages of their pathways, through the HTTP API exactly as the
 * coaches' browsers would call it (sign in, register, record consent, enrol, assess, plan, add steps,
 * move stages, record meetings, exit, follow up). Dates are relative to today, so that the caseload's
 * flags (no contact in 30 days, follow-up due, a statutory limit broken) are alive whenever it runs.
 */

interface Session {
  cookie: string;
  csrf: string;
}

type Json = Record<string, unknown>;

class SeedClient {
  constructor(
    private readonly app: FastifyInstance,
    readonly session: Session,
  ) {}

  static async signIn(app: FastifyInstance, email: string): Promise<SeedClient> {
    const res = await app.inject({ method: "POST", url: "/api/session", payload: { email, password: DEMO_PASSWORD } });
    if (res.statusCode !== 200) throw new Error(`demo sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === "polku_session");
    if (!cookie) throw new Error("no session cookie");
    return new SeedClient(app, { cookie: `polku_session=${cookie.value}`, csrf: res.json().csrfToken });
  }

  async call<T = Json>(method: "GET" | "POST" | "PUT" | "PATCH", url: string, payload?: unknown): Promise<T> {
    const res = await this.app.inject({
      method,
      url,
      headers: { cookie: this.session.cookie, "x-csrf-token": this.session.csrf, "accept-language": "en" },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
    if (res.statusCode >= 300) throw new Error(`demo seed: ${method} ${url} answered ${res.statusCode}: ${res.body}`);
    return (res.body ? res.json() : {}) as T;
  }
}

const day = (offsetDays: number) => {
  const d = new Date(`${todayIso()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return d.toISOString().slice(0, 10);
};
const months = (offset: number) => addMonthsIso(todayIso(), offset);
const at = (offsetDays: number, hour = 10) => `${day(offsetDays)}T${String(hour).padStart(2, "0")}:00:00+02:00`;

export { at, day, months, SeedClient };
