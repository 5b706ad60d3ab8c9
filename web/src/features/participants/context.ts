import { useOutletContext } from "react-router";
import type { ParticipantResponse } from "../../../../server/src/modules/participants/api";

/**
 * What the participant page (the shell with the tabs) gives each section: the participant as the
 * signed-in user may see them, the relation and the permissions (`can`), from GET /api/participants/:id.
 */
export interface ParticipantOutletContext {
  participant: ParticipantResponse;
}

export function useParticipant(): ParticipantResponse {
  return useOutletContext<ParticipantOutletContext>().participant;
}
