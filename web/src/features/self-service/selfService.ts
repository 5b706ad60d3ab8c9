import type { MyAccessPage, MyPathwayResponse } from "../../../../server/src/modules/self-service/api";
import { ApiError, NETWORK_ERROR_TYPE, toProblem } from "../../app/api";
import type { Language } from "../../app/types";

export type {
  MyAccessEntry,
  MyAccessPage,
  MyPathwayResponse,
} from "../../../../server/src/modules/self-service/api";
export type MyPathway = MyPathwayResponse["data"];
export type Stage = NonNullable<MyPathway["currentStage"]>;
export type AccessPage = MyAccessPage;

const stageOrder = {
  reached: 1,
  life_management: 2,
  resources_and_goals: 3,
  guided_onward: 4,
  network: 5,
} as const satisfies Record<Stage, number>;

/** The five stages of the Vaasa model, in order. */
export const STAGES = (Object.keys(stageOrder) as Stage[]).sort((a, b) => stageOrder[a] - stageOrder[b]);

export type StageState = "done" | "current" | "upcoming";

/** Each stage with where the participant is: before the current one done, after it upcoming. */
export function stageStates(current: Stage | null): { stage: Stage; state: StageState }[] {
  const at = current ? stageOrder[current] : 0;
  return STAGES.map((stage) => ({
    stage,
    state: stageOrder[stage] < at ? "done" : stageOrder[stage] === at ? "current" : "upcoming",
  }));
}

export type ExportFormat = "json" | "pdf";

/** The download address of the participant's data, with the texts in the given language. */
export const exportUrl = (format: ExportFormat, language: Language) =>
  `/api/me/export.${format}?lang=${language}`;

/** The file name a Content-Disposition header gives, or null. */
export function fileNameFrom(header: string | null): string | null {
  if (!header) return null;
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header);
  const name = match?.[1]?.trim();
  return name ? decodeURIComponent(name) : null;
}

/**
 * Downloads the participant's data file and hands it to the browser as a download. Fetching it first
 * (rather than a plain link) lets the page show the server's problem in words when it fails.
 */
export async function downloadExport(format: ExportFormat, language: Language): Promise<string> {
  let response: Response;
  try {
    response = await fetch(exportUrl(format, language), {
      credentials: "same-origin",
      headers: { "accept-language": language },
    });
  } catch {
    throw new ApiError({ type: NETWORK_ERROR_TYPE, title: "Network error", status: 0 });
  }
  if (!response.ok) {
    const body: unknown = (response.headers.get("content-type") ?? "").includes("json")
      ? await response.json().catch(() => null)
      : null;
    throw new ApiError(toProblem(response.status, response.statusText, body));
  }
  const name = fileNameFrom(response.headers.get("content-disposition")) ?? `polku-omat-tiedot.${format}`;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the blob goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
