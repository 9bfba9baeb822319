import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { LOCALES, TRANSLATED_LOCALES, type Locale } from '../../i18n/locales.ts';
import { reportNoteKey } from '../charts/outletChart.ts';
import { COLLECTIONS, listContentFiles, slugFromPath } from '../content/contentFiles.ts';
import { problem, type Problem } from '../content/problems.ts';
import { dataTranslationSchema, type ChartData, type DataTranslation } from '../content/schema.ts';
import type { YamlLocator } from '../content/yamlDocument.ts';
import type { LoadedData } from './data.ts';
import { parseWithSchema } from './parseWithSchema.ts';
import { nonHongKongCharacters } from './traditionalChinese.ts';

export interface LoadedDataTranslation {
  file: string;
  locale: Locale;
  /** The original chart's slug. */
  slug: string;
  translation: DataTranslation;
}

type Path = (string | number)[];

/**
 * What a translation of `data` must translate, by key of `labels:`: every
 * label (values, quantities, events, derived values, by id), a value's
 * note and partial period (`<id>.note`, `<id>.partialPeriod`), and a
 * report's note (`<quantity>.<source>.p<paragraph>.note`).
 */
export function translationKeys(data: ChartData): { key: string; original: string }[] {
  const keys: { key: string; original: string }[] = [];
  const add = (key: string, original: string | undefined) => original !== undefined && keys.push({ key, original });
  if (data.kind === 'series') {
    for (const v of data.values) {
      add(v.id, v.label);
      add(`${v.id}.note`, v.note);
      add(`${v.id}.partialPeriod`, v.partialPeriod);
    }
    for (const d of data.derived) add(d.id, d.label);
  } else if (data.kind === 'comparison') {
    for (const q of data.quantities) {
      add(q.id, q.label);
      for (const r of q.reports) add(reportNoteKey(q.id, r), r.note);
    }
  } else {
    for (const e of data.events) add(e.id, e.label);
    for (const d of data.derived) add(d.id, d.label);
  }
  return keys;
}

/** What kind of words a key names, for messages: "label", "note", "partialPeriod". */
const kindOf = (key: string) => (key.endsWith('.partialPeriod') ? 'partialPeriod' : key.endsWith('.note') ? 'note' : 'label');

/**
 * Reads every chart translation (content/data/<locale>/<slug>.yaml) and
 * checks it against its original: the original exists, every label, note
 * and partial period is translated and nothing else is, the notes are as
 * many as the original's, a series has its unit, and Chinese text uses the
 * characters Hong Kong uses. Every chart needs a translation for every
 * locale, as pages in every language show every chart. Translations with
 * problems are left out of the result.
 *
 * `data` is the checked originals; `dataFiles` every original file found,
 * so a translation of an original with problems of its own is not also
 * called an orphan.
 */
export function loadDataTranslations(root: string, data: ReadonlyMap<string, LoadedData>): { translations: Map<string, LoadedDataTranslation>; problems: Problem[] } {
  const translations = new Map<string, LoadedDataTranslation>();
  const problems: Problem[] = [];
  const originals = listContentFiles(root, COLLECTIONS.data.base, COLLECTIONS.data.pattern);
  const originalSlugs = new Set(originals.map(slugFromPath));

  for (const file of listContentFiles(root, COLLECTIONS.dataTranslations.base, COLLECTIONS.dataTranslations.pattern)) {
    const locale = posix.relative(COLLECTIONS.dataTranslations.base, file).split('/')[0] as Locale;
    const slug = slugFromPath(file);
    const { doc, data: parsed, problems: parseProblems } = parseWithSchema(file, readFileSync(join(root, file), 'utf8'), dataTranslationSchema);
    problems.push(...parseProblems);
    if (!parsed) continue;
    if (!originalSlugs.has(slug)) {
      problems.push(problem(file, `This translates a chart that does not exist: there is no ${COLLECTIONS.data.base}/${slug}.yaml.`, `Name the file after the chart it translates (${[...originalSlugs].join(', ') || 'no chart exists yet'}), or remove it.`, doc.locate(['title'])));
      continue;
    }
    const original = data.get(slug);
    // The original's own problems are reported on it; its words cannot be compared yet.
    if (!original) continue;
    const fileProblems = checkTranslation(file, locale, parsed, doc, original);
    problems.push(...fileProblems);
    if (!fileProblems.length) translations.set(`${locale}/${slug}`, { file, locale, slug, translation: parsed });
  }

  for (const { file, data: d } of data.values()) {
    for (const locale of TRANSLATED_LOCALES) {
      const expected = `${COLLECTIONS.dataTranslations.base}/${locale}/${d.slug}.yaml`;
      if (!existsSync(join(root, expected)) && !existsSync(join(root, expected.replace(/\.yaml$/, '.yml')))) {
        problems.push(problem(file, `The chart "${d.slug}" has no ${LOCALES[locale].name} (${locale}) words: ${expected} is missing.`, `Add ${expected} with title:, ${d.kind === 'series' ? 'unit:, ' : ''}notes: and labels: translated; the numbers, quotes and sources come from this file.`));
      }
    }
  }
  return { translations, problems };
}

function checkTranslation(file: string, locale: Locale, t: DataTranslation, doc: YamlLocator, original: LoadedData): Problem[] {
  const problems: Problem[] = [];
  const at = (path: Path) => doc.locate(path);
  const d = original.data;
  const originalFile = original.file;

  const expected = translationKeys(d);
  const expectedKeys = new Set(expected.map((k) => k.key));
  for (const { key, original: words } of expected) {
    if (key in t.labels) continue;
    const kind = kindOf(key);
    const owner = key.slice(0, key.length - kind.length - 1);
    const message = kind === 'label' ? `No label for "${key}".` : `No ${kind} for "${owner}".`;
    problems.push(problem(file, `${message} The original says "${words}".`, `Add "${key}: …" under labels:, in the words of ${LOCALES[locale].name}.`, doc.locateKey(['labels'])));
  }
  for (const key of Object.keys(t.labels)) {
    if (expectedKeys.has(key)) continue;
    const kind = kindOf(key);
    const owner = kind === 'label' ? key : key.slice(0, key.length - kind.length - 1);
    const ownerExists = expected.some((k) => k.key === owner) || (d.kind === 'comparison' && d.quantities.some((q) => owner.startsWith(`${q.id}.`)));
    const message = kind === 'label'
      ? `"${key}" is not an id of ${originalFile}, so its label translates nothing.`
      : ownerExists
        ? `"${owner}" has no ${kind} in ${originalFile}, so "${key}" translates nothing.`
        : `"${owner}" is not in ${originalFile}, so "${key}" translates nothing.`;
    const hint = kind === 'note' && d.kind === 'comparison'
      ? `A report's note is "<quantity>.<source>.p<paragraph>.note"; the notes of ${originalFile} are ${expected.filter((k) => kindOf(k.key) === 'note').map((k) => k.key).join(', ') || 'none'}.`
      : `Remove it, or correct the id; the keys of ${originalFile} are ${[...expectedKeys].join(', ')}.`;
    problems.push(problem(file, message, hint, doc.locateKey(['labels', key])));
  }

  if (t.notes.length !== d.notes.length) {
    problems.push(problem(file, `${t.notes.length} note${t.notes.length === 1 ? '' : 's'}, but ${originalFile} has ${d.notes.length}.`, 'Translate every note of the original, one for one and in the same order, and add none.', doc.locateKey(['notes'])));
  }
  if (d.kind === 'series' && t.unit === undefined) {
    problems.push(problem(file, `No unit: the original's is "${d.unit}".`, 'Add "unit: …", what one bar counts, as the table heading shows it.', at(['title'])));
  }
  if (d.kind !== 'series' && t.unit !== undefined) {
    problems.push(problem(file, `A ${d.kind} chart has no unit to translate.`, 'Remove unit:; only a series (bar chart) has one.', doc.locateKey(['unit'])));
  }

  if (locale === 'zh-hant') {
    const strings: [Path, string][] = [
      [['title'], t.title],
      ...(t.unit === undefined ? [] : [[['unit'], t.unit] as [Path, string]]),
      ...t.notes.map((n, i): [Path, string] => [['notes', i], n]),
      ...Object.entries(t.labels).map(([k, v]): [Path, string] => [['labels', k], v]),
    ];
    for (const [path, text] of strings) {
      const suspects = nonHongKongCharacters(text);
      if (!suspects.length) continue;
      const found = suspects.map((s) => `${s.found} (Hong Kong: ${s.expected})`).join(', ');
      problems.push(problem(file, `Simplified or non-Hong Kong characters in ${path.join('.')}: ${found}.`, `Write Traditional Chinese as Hong Kong writes it: ${suspects.map((s) => `${s.found} → ${s.expected}`).join(', ')}.`, at(path)));
    }
  }
  return problems;
}
