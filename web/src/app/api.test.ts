import { describe, expect, it } from "vitest";
import { ApiError, createApiClient, fieldErrors, toProblem, withQuery } from "./api";

type FetchArgs = { url: string; init: RequestInit | undefined };

function fakeFetch(response: Response, calls: FetchArgs[]): typeof fetch {
  return async (input, init) => {
    calls.push({ url: String(input), init });
    return response;
  };
}

function problemResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/problem+json" },
  });
}

describe("toProblem", () => {
  it("keeps the fields of a well-formed problem", () => {
    const problem = toProblem(429, "Too Many Requests", {
      type: "https://polku.example/problems/locked",
      title: "Liian monta yritystä",
      status: 429,
      detail: "Yritä uudelleen 15 minuutin kuluttua.",
      errors: [{ path: "/email", message: "Pakollinen" }, { nonsense: true }],
    });
    expect(problem).toEqual({
      type: "https://polku.example/problems/locked",
      title: "Liian monta yritystä",
      status: 429,
      detail: "Yritä uudelleen 15 minuutin kuluttua.",
      errors: [{ path: "/email", message: "Pakollinen" }],
    });
  });

  it("falls back to the HTTP status when the body is not a problem", () => {
    expect(toProblem(502, "Bad Gateway", "<html>")).toEqual({
      type: "about:blank",
      title: "Bad Gateway",
      status: 502,
    });
    expect(toProblem(500, "", null).title).toBe("HTTP 500");
  });

  it("uses the HTTP status even when the body claims another", () => {
    expect(toProblem(409, "Conflict", { status: 200 }).status).toBe(409);
  });
});

describe("fieldErrors", () => {
  it("maps JSON pointers and dotted paths to field keys", () => {
    const error = new ApiError({
      type: "validation",
      title: "Invalid",
      status: 400,
      errors: [
        { path: "/name", message: "Too short" },
        { path: "body.email", message: "Not an e-mail address" },
        { path: "/memberships/0/role", message: "Unknown role" },
        { path: "/name", message: "Second message is ignored" },
        { path: "", message: "Whole-body error is not a field" },
      ],
    });
    expect(fieldErrors(error)).toEqual({
      name: "Too short",
      email: "Not an e-mail address",
      "memberships.0.role": "Unknown role",
    });
  });

  it("is empty for errors that are not API errors", () => {
    expect(fieldErrors(new Error("boom"))).toEqual({});
  });
});

describe("withQuery", () => {
  it("leaves out empty values", () => {
    expect(withQuery("/api/users", { q: "aino", status: "", before: undefined })).toBe("/api/users?q=aino");
    expect(withQuery("/api/users", { q: "" })).toBe("/api/users");
  });
});

describe("createApiClient", () => {
  it("sends the language on reads but no CSRF token", async () => {
    const calls: FetchArgs[] = [];
    const client = createApiClient({
      getLanguage: () => "sv",
      getCsrfToken: () => "token-1",
      fetch: fakeFetch(Response.json({ ok: true }), calls),
    });
    await expect(client.get<{ ok: boolean }>("/api/session")).resolves.toEqual({ ok: true });
    const headers = calls[0]?.init?.headers as Record<string, string>;
    expect(headers["accept-language"]).toBe("sv");
    expect(headers["x-csrf-token"]).toBeUndefined();
    expect(calls[0]?.init?.credentials).toBe("same-origin");
  });

  it("sends the CSRF token and a JSON body on writes", async () => {
    const calls: FetchArgs[] = [];
    const client = createApiClient({
      getLanguage: () => "fi",
      getCsrfToken: () => "token-2",
      fetch: fakeFetch(new Response(null, { status: 204 }), calls),
    });
    await expect(client.put("/api/session/language", { language: "en" })).resolves.toBeUndefined();
    const init = calls[0]?.init;
    const headers = init?.headers as Record<string, string>;
    expect(init?.method).toBe("PUT");
    expect(headers["x-csrf-token"]).toBe("token-2");
    expect(headers["content-type"]).toBe("application/json");
    expect(init?.body).toBe(JSON.stringify({ language: "en" }));
  });

  it("sends no content type on a write without a body", async () => {
    const calls: FetchArgs[] = [];
    const client = createApiClient({
      getLanguage: () => "fi",
      getCsrfToken: () => "t",
      fetch: fakeFetch(new Response(null, { status: 204 }), calls),
    });
    await client.delete("/api/session");
    const headers = calls[0]?.init?.headers as Record<string, string>;
    expect(headers["content-type"]).toBeUndefined();
    expect(headers["x-csrf-token"]).toBe("t");
  });

  it("throws an ApiError carrying the problem", async () => {
    const client = createApiClient({
      getLanguage: () => "fi",
      getCsrfToken: () => null,
      fetch: fakeFetch(
        problemResponse(401, {
          type: "unauthorised",
          title: "Kirjaudu",
          status: 401,
          detail: "Väärä salasana",
        }),
        [],
      ),
    });
    const error = await client
      .post("/api/session", { email: "a@b.fi", password: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, detail: "Väärä salasana", title: "Kirjaudu" });
  });

  it("turns a failed connection into a network ApiError", async () => {
    const client = createApiClient({
      getLanguage: () => "fi",
      getCsrfToken: () => null,
      fetch: async () => {
        throw new TypeError("Failed to fetch");
      },
    });
    const error = await client.get("/api/session").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).isNetworkError).toBe(true);
  });
});
