import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRegion, call, createTestApp, signIn, type TestApp, type TestRegion } from "../../../test/app";
import { startOutboxSender } from "./sender";

interface Received {
  to: string[];
  data: string;
}

let t: TestApp;
let region: TestRegion;
let smtp: SMTPServer;
const received: Received[] = [];
let port = 0;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, done) {
      let data = "";
      stream.on("data", (c: Buffer) => {
        data += c.toString("utf8");
      });
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  port = (smtp.server.address() as AddressInfo).port;
  t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: "Polku <polku@test.example>" });
  region = await buildRegion(t);
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe("outbox sender", () => {
  it("delivers an invitation by SMTP when SMTP_URL is set, and marks it sent", async () => {
    const s = await signIn(t, region.admin);
    const invited = await call(t, s, "POST", "/api/users", {
      email: "smtp-invitee@test.example",
      name: "Saara Sähköposti",
      language: "fi",
      memberships: [{ organisationId: region.organisationId, role: "coach" }],
    });
    expect(invited.statusCode).toBe(201);
    const before = (await call(t, s, "GET", "/api/outbox")).json().data;
    expect(before[0]).toMatchObject({ to: "smtp-invitee@test.example", status: "pending" });

    const sender = startOutboxSender(
      t.db.database.app,
      `smtp://127.0.0.1:${port}`,
      "Polku <polku@test.example>",
      t.app.log,
      60_000,
    );
    await sender.tick();
    sender.stop();

    const mail = received.find((m) => m.to.includes("smtp-invitee@test.example"));
    expect(mail?.data).toContain("Subject: Kutsu Polkuun");
    expect(mail?.data).toMatch(/\/invitation\/[A-Za-z0-9_-]{20,}/);
    const after = (await call(t, s, "GET", "/api/outbox")).json().data;
    expect(after[0]).toMatchObject({ status: "sent" });
    expect(after[0].sentAt).not.toBeNull();
  });

  it("keeps a message pending with the error when the mail server refuses, and never sends it twice", async () => {
    const s = await signIn(t, region.admin);
    await call(t, s, "POST", "/api/users", {
      email: "second@test.example",
      name: "Toinen",
      language: "en",
      memberships: [{ organisationId: region.organisationId, role: "coach" }],
    });
    const broken = startOutboxSender(
      t.db.database.app,
      "smtp://127.0.0.1:1",
      "x@test.example",
      t.app.log,
      60_000,
    );
    await broken.tick();
    broken.stop();
    const rows = await t.db.ownerQuery<{ status: string; attempts: number; last_error: string | null }>(
      "SELECT status, attempts, last_error FROM outbox WHERE to_address = $1",
      ["second@test.example"],
    );
    expect(rows[0]).toMatchObject({ status: "pending", attempts: 1 });
    expect(rows[0]?.last_error).toBeTruthy();

    const sender = startOutboxSender(
      t.db.database.app,
      `smtp://127.0.0.1:${port}`,
      "x@test.example",
      t.app.log,
      60_000,
    );
    await sender.tick();
    await sender.tick();
    sender.stop();
    expect(received.filter((m) => m.to.includes("second@test.example"))).toHaveLength(1);
  });
});
