import { StaticChip } from "suomifi-ui-components";
import { useJobLabels } from "./labels";
import type { JobStatus } from "./types";
import "./jobs-shared.css";

/** A job's state as a small tag; the colour follows the state, the text says it (never colour alone). */
export function JobStatusTag({ status }: { status: JobStatus }) {
  const labels = useJobLabels();
  return (
    <StaticChip className={`job-status-tag job-status-tag--${status}`}>{labels.status(status)}</StaticChip>
  );
}
