import { Table, type TableColumn, type TableRow } from "suomifi-ui-components";

/**
 * A condensed Suomi.fi table. The Suomi.fi table already wraps itself in a focusable, labelled,
 * horizontally scrolling region, so wide tables stay usable by keyboard on a 360 px screen;
 * adding our own region would duplicate that landmark.
 */
export function DataTable<TColumns extends readonly TableColumn[]>({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: TColumns;
  rows: TableRow<TColumns>[];
}) {
  return (
    <div className="table-block">
      <Table columns={columns} data={rows} caption={caption} condensed />
    </div>
  );
}
