/** A description list of label–value pairs, e.g. a user's details. */
export function DescriptionList({ items }: { items: { label: string; value: React.ReactNode }[] }) {
  return (
    <dl className="description-list">
      {items.map((item) => (
        <div key={item.label} className="description-list__row">
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
