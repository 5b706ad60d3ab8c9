import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api, setCsrfToken } from "./api";
import type { Session, SignInBody } from "./types";

export const SESSION_KEY = ["session"] as const;

/** Loads the current session; "not signed in" is an answer (null), not an error. */
async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api.get<Session>("/api/session");
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  const query = useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000 });
  return {
    session: query.data ?? null,
    isPending: query.isPending,
    error: query.error,
    refetch: query.refetch,
  };
}

/** Stores a session received from sign-in or from accepting an invitation. */
export function applySession(queryClient: QueryClient, session: Session): void {
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData(SESSION_KEY, session);
}

/** Forgets the session and every cached answer that belonged to it. */
export function forgetSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  queryClient.setQueryData(SESSION_KEY, null);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["signIn"],
    mutationFn: (body: SignInBody) => api.post<Session>("/api/session", body),
    onSuccess: (session) => applySession(queryClient, session),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<void>("/api/session"),
    // Even if the server call fails, the person asked to leave: drop the local session.
    onSettled: () => forgetSession(queryClient),
  });
}
