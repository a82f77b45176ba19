/** The labelled choice of one team of the exercise (staff screens that work on one team). */
export function TeamSelect({
  label,
  teams,
  value,
  onChange,
}: {
  readonly label: string;
  readonly teams: readonly { readonly id: string; readonly name: string }[];
  readonly value: string;
  readonly onChange: (teamId: string) => void;
}) {
  return (
    <label className="inline">
      {label}&nbsp;
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        {teams.map((tm) => (
          <option key={tm.id} value={tm.id}>
            {tm.name}
          </option>
        ))}
      </select>
    </label>
  );
}
