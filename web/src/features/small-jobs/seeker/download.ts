import { ApiError, NETWORK_ERROR_TYPE, toProblem } from "../../../app/api";
import { fileNameFrom } from "../../self-service/selfService";

/**
 * Fetches a file (a pay statement PDF) and hands it to the browser as a download. Fetching first, rather
 * than a plain link, lets the page show the server's problem in words when it fails.
 */
export async function downloadFile(url: string, fallbackName: string, language: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: "same-origin", headers: { "accept-language": language } });
  } catch {
    throw new ApiError({ type: NETWORK_ERROR_TYPE, title: "Network error", status: 0 });
  }
  if (!response.ok) {
    const body: unknown = (response.headers.get("content-type") ?? "").includes("json")
      ? await response.json().catch(() => null)
      : null;
    throw new ApiError(toProblem(response.status, response.statusText, body));
  }
  const name = fileNameFrom(response.headers.get("content-disposition")) ?? fallbackName;
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return name;
}
