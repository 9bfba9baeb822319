/** A data table that renders beside each chart, for every reader. */
export interface TableCell {
  text: string;
  /** Site path to link the text to. */
  href?: string;
  /** The cited words, shown under the link. */
  quote?: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** A header cell for its row. */
  rowHeader?: boolean;
}

export interface DataTable {
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  rows: TableCell[][];
}
