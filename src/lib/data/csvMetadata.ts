/**
 * /data/claims.csv-metadata.json: the CSV's metadata as W3C CSV on the Web
 * (https://www.w3.org/TR/tabular-metadata/), found by its name beside the
 * CSV. A CSV has no place for a version, a date or a licence; this file
 * carries them, with a description of every column.
 */
import { CSV_COLUMN_DOCS, CSV_COLUMNS } from './claims.ts';
import { envelope, type DataInput } from './input.ts';

import type { FieldDoc } from './fieldDocs.ts';

const INTEGER_COLUMNS = new Set(['appearance_paragraph', 'rating']);
const datatype = (name: string) => (INTEGER_COLUMNS.has(name) ? 'integer' : 'string');

/** The CSV's columns as /data/ documents them. */
export const CSV_FIELD_DOCS: FieldDoc[] = CSV_COLUMNS.map((name) => ({ name, type: datatype(name), description: CSV_COLUMN_DOCS[name] }));

export function claimsCsvMetadata(input: DataInput) {
  const { version, site, date, license } = envelope(input);
  return {
    '@context': 'http://www.w3.org/ns/csvw',
    url: input.url('data/claims.csv'),
    'dc:title': `${input.site.name}: claims`,
    'schema:version': version,
    'dc:publisher': { '@id': site },
    'dc:modified': { '@value': date, '@type': 'xsd:date' },
    'dc:license': { '@id': license.url },
    'dc:rights': license.note,
    tableSchema: {
      columns: CSV_COLUMNS.map((name) => ({ name, titles: name, 'dc:description': CSV_COLUMN_DOCS[name], datatype: datatype(name) })),
      primaryKey: 'slug',
    },
  };
}
