import { SCALE } from "./answerFlow";

/**
 * The 0–10 scale as eleven large radio buttons (native inputs: a radio group, so arrow keys move and
 * choose, Space chooses, Tab enters and leaves the group). Two rows on a phone, one row when there is
 * room. The ends carry what 0 and 10 mean in their names, so a screen reader says "0, I cannot work at
 * all" and "10, …"; the legend of the surrounding fieldset (the question) names the group.
 */
export function ScoreScale({
  name,
  value,
  onChange,
  low,
  high,
}: {
  name: string;
  value: number | null;
  onChange: (score: number) => void;
  low: string;
  high: string;
}) {
  const last = SCALE.length - 1;
  return (
    <div className="saa-scale">
      {SCALE.map((score) => {
        const anchor = score === 0 ? low : score === last ? high : null;
        return (
          <label key={score} className="saa-option">
            <input
              type="radio"
              className="saa-option__input"
              name={name}
              value={score}
              checked={value === score}
              onChange={() => onChange(score)}
              // The visible number first (so speech control finds it), then what the end means.
              aria-label={anchor ? `${score}, ${anchor}` : undefined}
            />
            <span className="saa-option__number">{score}</span>
          </label>
        );
      })}
    </div>
  );
}
