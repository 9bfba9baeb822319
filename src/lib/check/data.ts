import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeDerived } from '../charts/derive.ts';
import { unstatedDateParts } from '../charts/eventDates.ts';
import { wordsMean } from '../charts/numberWords.ts';
import { COLLECTIONS, listContentFiles, slugFromPath } from '../content/contentFiles.ts';
import type { ComputedFigure } from '../claims/figures.ts';
import { normalizeForMatch } from '../sources/normalize.ts';
import { numbersIn } from '../text/numbers.ts';
import { problem, shortQuote, type Problem } from '../content/problems.ts';
import { dataSchema, type ChartData, type SeriesData } from '../content/schema.ts';
import type { YamlLocator } from '../content/yamlDocument.ts';
import { citationProblems, paragraphProblems } from './citation.ts';
import { parseWithSchema } from './parseWithSchema.ts';
import type { LoadedSource } from './sources.ts';

export interface LoadedData {
  file: string;
  data: ChartData;
  /** Cited and derived values by id (series and timeline data). */
  figures: Map<string, ComputedFigure>;
}

type Path = (string | number)[];
interface Cited { source: string; p: number; quote: string; value?: number; words?: string }

/**
 * Reads every chart data file and checks that each number stands in the
 * paragraph it cites and that every derived number can be computed. Files
 * with problems are left out of the result, so no chart draws bad data.
 */
export function loadData(root: string, sources: ReadonlyMap<string, LoadedSource>): { data: Map<string, LoadedData>; problems: Problem[] } {
  const data = new Map<string, LoadedData>();
  const problems: Problem[] = [];
  for (const file of listContentFiles(root, COLLECTIONS.data.base, COLLECTIONS.data.pattern)) {
    const { doc, data: parsed, problems: parseProblems } = parseWithSchema(file, readFileSync(join(root, file), 'utf8'), dataSchema);
    problems.push(...parseProblems);
    if (!parsed) continue;
    const fileProblems = checkDataFile(file, parsed, doc, sources, data);
    problems.push(...fileProblems.problems);
    if (!fileProblems.problems.length) data.set(parsed.slug, { file, data: parsed, figures: fileProblems.figures });
  }
  return { data, problems };
}

function checkDataFile(
  file: string,
  d: ChartData,
  doc: YamlLocator,
  sources: ReadonlyMap<string, LoadedSource>,
  seen: ReadonlyMap<string, LoadedData>,
): { problems: Problem[]; figures: Map<string, ComputedFigure> } {
  const problems: Problem[] = [];
  const at = (path: Path) => doc.locate(path);
  const slug = slugFromPath(file);
  if (d.slug !== slug) problems.push(problem(file, `The slug "${d.slug}" differs from the file name.`, `Rename the file to ${d.slug}.yaml or set slug: ${slug}.`, at(['slug'])));
  const other = seen.get(d.slug);
  if (other) problems.push(problem(file, `Two data files have the slug "${d.slug}" (also ${other.file}).`, 'Each chart needs its own slug; it is the chart\'s address.', at(['slug'])));

  const cite = (c: Cited, path: Path) => problems.push(...citedProblems(file, c, path, at, sources));
  const uniqueIds = (ids: { id: string; path: Path }[]) => {
    const first = new Map<string, Path>();
    for (const { id, path } of ids) {
      if (first.has(id)) problems.push(problem(file, `The id "${id}" is used twice.`, 'Give every value, event and derived value of a file its own id.', at([...path, 'id'])));
      else first.set(id, path);
    }
  };

  let figures = new Map<string, ComputedFigure>();
  const derive = (result: ReturnType<typeof computeDerived>) => {
    for (const e of result.errors) problems.push(problem(file, e.message, e.hint, at(e.path)));
    figures = result.figures;
  };

  if (d.kind === 'series') {
    d.values.forEach((v, i) => cite(v, ['values', i]));
    uniqueIds([...d.values.map((v, i) => ({ id: v.id, path: ['values', i] })), ...d.derived.map((v, i) => ({ id: v.id, path: ['derived', i] }))]);
    const ids = new Set(d.values.map((v) => v.id));
    d.plot.forEach((id, i) => {
      if (!ids.has(id)) problems.push(problem(file, `plot names "${id}", which is not one of the values.`, `Use ids from values: ${[...ids].join(', ')}.`, at(['plot', i])));
    });
    statedAsProblems(d.derived, ids);
    if (!problems.length) derive(computeDerived(d.values, d.derived, 'values'));
  } else if (d.kind === 'comparison') {
    d.quantities.forEach((q, qi) => {
      q.reports.forEach((r, ri) => cite(r, ['quantities', qi, 'reports', ri]));
      const primary = q.reports.map((r, ri) => ({ r, ri })).filter(({ r }) => sources.get(r.source)?.data.kind === 'press-release');
      for (const { ri } of primary.slice(1)) {
        problems.push(problem(file, `"${q.id}" has more than one press-release figure.`, 'Keep one: the press release is the reference the other texts are measured against.', at(['quantities', qi, 'reports', ri, 'source'])));
      }
    });
    uniqueIds(d.quantities.map((q, i) => ({ id: q.id, path: ['quantities', i] })));
  } else {
    d.events.forEach((e, ei) => {
      e.citations.forEach((c, ci) => cite(c, ['events', ei, 'citations', ci]));
      const unstated = unstatedDateParts(e.date, e.citations.map((c) => c.quote));
      if (unstated.length) {
        problems.push(problem(file, `The date ${e.date} of "${e.id}" is not stated in its quotes: ${unstated.join(', ')} is missing.`, 'Quote the words that give the date (a second citation may supply the year), or correct the date.', at(['events', ei, 'date'])));
      }
      const previous = d.events[ei - 1];
      if (previous && previous.date > e.date) {
        problems.push(problem(file, `"${e.id}" (${e.date}) comes before "${previous.id}" (${previous.date}).`, 'List events in date order; the timeline is read top to bottom.', at(['events', ei, 'date'])));
      }
    });
    uniqueIds([...d.events.map((e, i) => ({ id: e.id, path: ['events', i] })), ...d.derived.map((v, i) => ({ id: v.id, path: ['derived', i] }))]);
    if (!problems.length) derive(computeDerived([], d.derived, 'values', d.events));
  }
  return { problems, figures };

  function statedAsProblems(derived: SeriesData['derived'], ids: Set<string>) {
    derived.forEach((v, i) => {
      if ('statedAs' in v && v.statedAs !== undefined && !ids.has(v.statedAs)) {
        problems.push(problem(file, `"${v.id}" is stated as "${v.statedAs}", which is not one of the values.`, `Name the cited value that states it: ${[...ids].join(', ')}.`, at(['derived', i, 'statedAs'])));
      }
    });
  }
}

/**
 * One cited number or date: the source exists and covers the 2016–2017
 * operation, the paragraph exists, the quote stands in it, and the value
 * is a numeral of the quote (or its words, where the source uses words).
 */
function citedProblems(
  file: string,
  c: Cited,
  path: Path,
  at: (path: Path) => { line: number; column: number },
  sources: ReadonlyMap<string, LoadedSource>,
): Problem[] {
  const source = sources.get(c.source);
  if (!source) return paragraphProblems(sources, c.source, c.p, file, at([...path, 'source']));
  if (!source.data.scope.operation) {
    return [problem(file, `${c.source} is not about the 2016–2017 operation, so its figures cannot be charted with it.`, `${source.data.scope.note.split('. ')[0]}. Cite a source about the operation.`, at([...path, 'source']))];
  }
  if (c.p > source.paragraphs.length) return paragraphProblems(sources, c.source, c.p, file, at([...path, 'p']));
  const quoteProblems = citationProblems(sources, c, file, at([...path, 'quote']));
  if (quoteProblems.length || c.value === undefined) return quoteProblems;

  const numbers = numbersIn(c.quote);
  if (c.words !== undefined) {
    if (!normalizeForMatch(c.quote).toLowerCase().includes(normalizeForMatch(c.words).toLowerCase())) {
      return [problem(file, `The words "${c.words}" are not in the quote.`, 'Quote the words that state the number, or remove words: and give the numeral.', at([...path, 'words']))];
    }
    if (!wordsMean(c.words, c.value)) {
      return [problem(file, `"${c.words}" does not mean ${c.value}.`, 'Give the value the words state (a fraction may be given in per cent: "three quarters" is 75).', at([...path, 'value']))];
    }
    if (numbers.includes(c.value)) {
      return [problem(file, `The quote writes ${c.value} as a numeral, so words: is not needed.`, 'Use words: only where the source writes the number in words.', at([...path, 'words']))];
    }
    return [];
  }
  if (!numbers.includes(c.value)) {
    return [problem(file, `The value ${c.value} is not a number of the quote "${shortQuote(c.quote)}".`, `Quote the words that state ${c.value}; the numbers in this quote are ${numbers.join(', ') || 'none'}${numbers.length ? '' : ' (if the source writes it in words, add words:)'}.`, at([...path, 'value']))];
  }
  return [];
}
