import type { Problem } from "./types";

/** A failed API call, carrying the server's problem document (RFC 9457). */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: { path: string; message: string }[];

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = "ApiError";
    this.status = problem.status;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
  }

  /** The request never reached the server (offline, DNS, refused connection). */
  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export const NETWORK_ERROR_TYPE = "polku:network-error";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads a problem document defensively: a proxy or a crashed server may answer with HTML or
 * with JSON of another shape, and the UI must still get a usable error.
 */
export function toProblem(status: number, statusText: string, body: unknown): Problem {
  const problem: Problem = { type: "about:blank", title: statusText || `HTTP ${status}`, status };
  if (!isRecord(body)) return problem;
  if (typeof body.type === "string") problem.type = body.type;
  if (typeof body.title === "string") problem.title = body.title;
  if (typeof body.detail === "string" && body.detail !== "") problem.detail = body.detail;
  if (Array.isArray(body.errors)) {
    problem.errors = body.errors.flatMap((item) =>
      isRecord(item) && typeof item.message === "string"
        ? [{ path: typeof item.path === "string" ? item.path : "", message: item.message }]
        : [],
    );
  }
  return problem;
}

/**
 * Turns validation errors into messages by form field. Paths may be JSON pointers
 * ("/memberships/0/role") or dotted ("body.name"); the key is the path without the leading
 * slash or "body", joined by dots ("memberships.0.role"). The first message for a field wins.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!(error instanceof ApiError)) return result;
  for (const { path, message } of error.errors) {
    const parts = path.split(/[/.]/).filter((part) => part !== "");
    if (parts[0] === "body") parts.shift();
    const key = parts.join(".");
    if (key !== "" && result[key] === undefined) result[key] = message;
  }
  return result;
}

export interface ApiClientOptions {
  /** The current UI language, sent as Accept-Language so problems come back localised. */
  getLanguage: () => string;
  getCsrfToken: () => string | null;
  fetch?: typeof fetch;
}

export interface ApiClient {
  get<T>(path: string, query?: Record<string, string | undefined>): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body?: unknown): Promise<T>;
  delete<T>(path: string): Promise<T>;
}

/** Builds a query string, leaving out empty values. */
export function withQuery(path: string, query?: Record<string, string | undefined>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, value);
  }
  const text = params.toString();
  return text === "" ? path : `${path}?${text}`;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    const headers: Record<string, string> = {
      accept: "application/json, application/problem+json",
      "accept-language": options.getLanguage(),
    };
    if (method !== "GET") {
      const token = options.getCsrfToken();
      if (token) headers["x-csrf-token"] = token;
    }
    if (body !== undefined) headers["content-type"] = "application/json";

    let response: Response;
    try {
      response = await doFetch(path, {
        method,
        headers,
        credentials: "same-origin",
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError({ type: NETWORK_ERROR_TYPE, title: "Network error", status: 0 });
    }

    const contentType = response.headers.get("content-type") ?? "";
    const isJson = contentType.includes("json");
    if (!response.ok) {
      let parsed: unknown = null;
      if (isJson) parsed = await response.json().catch(() => null);
      throw new ApiError(toProblem(response.status, response.statusText, parsed));
    }
    if (response.status === 204 || !isJson) return undefined as T;
    return (await response.json()) as T;
  }

  return {
    get: (path, query) => request("GET", withQuery(path, query)),
    post: (path, body) => request("POST", path, body),
    put: (path, body) => request("PUT", path, body),
    patch: (path, body) => request("PATCH", path, body),
    delete: (path) => request("DELETE", path),
  };
}

// The application's single client. The session sets the CSRF token; the language module keeps
// the language in step with the UI.
const state: { language: string; csrfToken: string | null } = { language: "fi", csrfToken: null };

export function setApiLanguage(language: string): void {
  state.language = language;
}

export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}

export const api = createApiClient({
  getLanguage: () => state.language,
  getCsrfToken: () => state.csrfToken,
});
