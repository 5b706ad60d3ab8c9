/**
 * Money arithmetic of small jobs, in integer cents (decision 024). No floats touch an amount: a rate
 * times minutes is an integer product divided with round-half-up.
 */

/** Integer division rounding half up, for non-negative numerators (exact while below 2^53). */
export function divRoundHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(
      `divRoundHalfUp needs safe integers and a positive denominator: ${numerator}/${denominator}`,
    );
  }
  if (numerator < 0) throw new RangeError("divRoundHalfUp is for non-negative amounts");
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** Gross pay for minutes at an hourly rate in cents: round-half-up(minutes × rate / 60). */
export const hourlyGrossCents = (minutes: number, rateCents: number) =>
  divRoundHalfUp(minutes * rateCents, 60);

/** What one worker earns gross for a job: hourly by the minutes, or the lump sum as it is. */
export function grossCentsOf(
  job: { payType: "hourly" | "lump_sum"; payCents: number },
  minutes: number,
): number {
  return job.payType === "hourly" ? hourlyGrossCents(minutes, job.payCents) : job.payCents;
}

/** A share in basis points (1 500 = 15 %) of an amount, rounded half up. */
export const basisPointsOf = (amountCents: number, basisPoints: number) =>
  divRoundHalfUp(amountCents * basisPoints, 10_000);
