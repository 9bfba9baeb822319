/**
 * The site's interface words in English: every string a page shows that is
 * not content. `{name}` marks a value filled in by `translate()`. Keys are
 * grouped by where they appear; src/i18n/zh-hant.ts has exactly the same keys
 * (TypeScript and the content check both refuse a missing or extra one).
 */
const en = {
  // Layout
  'layout.skip': 'Skip to content',

  // Charts
  // Around every chart: ChartFigure, ChartSvg, QualifierLegend.
  'chart.dataSummary': 'The data behind this chart, as a table',
  'chart.getData': 'Get the data:',
  'chart.pageLink': 'This chart’s page',
  'chart.marksLabel': '{title}: links to the source of each mark',
  'chart.legend.exact': 'an exact figure',
  'chart.legend.over': '“more than” or “over”: a minimum',
  'chart.legend.under': '“fewer than”: a maximum',
  'chart.legend.reference': 'the press release’s figure (0)',
  'chart.legend.note': 'see the notes under the chart',
  // Words every chart uses.
  'chart.pressRelease': 'Press release',
  'chart.notInRelease': 'Not in the press release',
  'chart.withNote': '{text} ({note})',
  'chart.quoted': '“{text}”',
  'chart.or': '{a} or {b}',
  'chart.sourceParagraph': '{source}, paragraph {p}',
  'chart.perCent': '{value} per cent',
  'chart.fell': 'fell',
  'chart.rose': 'rose',
  'chart.column.what': 'What',
  'chart.column.working': 'Working',
  'chart.column.source': 'Source and exact words',
  // A number as the source qualifies it ({phrase} is the source's own words, "more than").
  'chart.stated.over': '{phrase} {value}',
  'chart.stated.atLeast': '{phrase} {value}',
  'chart.stated.under': '{phrase} {value}',
  'chart.stated.upTo': '{phrase} {value}',
  'chart.stated.almost': '{phrase} {value}',
  'chart.stated.about': '{phrase} {value}',
  // Monthly decline (bar chart).
  'chart.decline.overall': '{change} from {from} to {to}',
  'chart.decline.stepFrom': 'from {period}',
  'chart.decline.mark': '{period}: {value} {unit}. Source: {source}, paragraph {p}.',
  'chart.decline.item': '{value} in {period}',
  'chart.decline.itemChange': '{value} in {period}, {change} on {previous}',
  'chart.decline.listEnd': '{list}; and {last}',
  'chart.decline.description': 'Bar chart, {unit}: {list}. Source: {sources}.',
  'chart.decline.descriptionOverall': 'Bar chart, {unit}: {list}. From {from} to {to} the monthly average {verb} by {amount}. Source: {sources}.',
  'chart.decline.column.period': 'Period',
  'chart.decline.derivedCaption': 'Computed from the figures above when the site is built',
  'chart.decline.column.result': 'Result',
  'chart.decline.column.stated': 'The source says',
  'chart.decline.inWords': '{cite} (in words: “{words}” = {value})',
  // Outlet comparison (dot chart).
  'chart.outlet.axisTitle': 'Difference from the press release',
  'chart.outlet.noFigure': 'no figure',
  'chart.outlet.reference': 'reference',
  'chart.outlet.conflictInline': '{change}, cannot both be true',
  'chart.outlet.conflict': 'cannot both be true',
  'chart.outlet.same': 'the same number as the press release ({stated})',
  'chart.outlet.above': '{amount} above the press release’s {stated}',
  'chart.outlet.below': '{amount} below the press release’s {stated}',
  'chart.outlet.yes': 'yes',
  'chart.outlet.no': 'no',
  'chart.outlet.cannotTell': 'cannot tell',
  'chart.outlet.markSays': '{quantity}: {source}, paragraph {p}, says {stated}.',
  'chart.outlet.markVerdict': '{phrase}. Can both be true: {answer}.',
  'chart.outlet.markReference': 'The reference figure.',
  'chart.outlet.markNoReference': 'The press release gives no figure to compare.',
  'chart.outlet.descIntro': 'Dot chart comparing {count} figures as the HKSAR Government press release and the news reports gave them, each placed by its difference from the release, in per cent.',
  'chart.outlet.descWithin': '{within} of {total} news-report figures are within {threshold}% of the release.',
  'chart.outlet.descLargest': 'The largest gap: for {quantity}, {source} (paragraph {p}) says {stated}, {phrase}.',
  'chart.outlet.descConflict': '{subject} cannot be true alongside the release’s, if both count the same thing.',
  'chart.outlet.conflictSubjectMany': '{count} figures',
  'chart.outlet.conflictSubjectThat': 'That figure',
  'chart.outlet.conflictSubjectOne': 'One figure',
  'chart.outlet.descAbsent': 'The release gives no figure for {quantities}.',
  'chart.outlet.caption': 'Each text’s figure compared with the press release',
  'chart.outlet.column.figure': 'Figure',
  'chart.outlet.column.text': 'Text',
  'chart.outlet.column.stated': 'As stated',
  'chart.outlet.column.difference': 'Difference from the release',
  'chart.outlet.column.bothTrue': 'Can both be true?',
  'chart.outlet.noReleaseFigure': 'no release figure',
  'chart.outlet.reportNote': '* {cite} ({quantity}): {note}.',
  // Timeline.
  'chart.timeline.month': 'Month {count} of the operation',
  'chart.timeline.planned': 'Planned at the time',
  'chart.timeline.source': 'Source:',
  'chart.timeline.sources': 'Sources:',
  'chart.timeline.mark': '{date}, {event}: {source}, paragraph {p}.',
  'chart.timeline.description': 'Timeline, {from} to {to}. {items}.',
  'chart.timeline.item': '{date}: {event}',
  'chart.timeline.itemExtra': '{date}: {event} ({extra})',
  'chart.timeline.descMonth': 'month {count} of the operation',
  'chart.timeline.descPlanned': 'planned at the time',
  'chart.timeline.descNotInRelease': 'not in the press release; reported by {outlets}',
  'chart.timeline.caption': 'Events, with every text that dates them',
  'chart.timeline.column.date': 'Date',
  'chart.timeline.column.event': 'Event',
  'chart.timeline.column.inRelease': 'In the press release?',
  'chart.timeline.yes': 'yes',
  'chart.timeline.no': 'no',
  'chart.timeline.countsCaption': 'Month counts, computed from the dates above',
  'chart.timeline.column.months': 'Months',
  'chart.timeline.monthsWorking': '{from} to {to}, both counted = {count} months',

} as const;

export default en;
export type UIKey = keyof typeof en;
/** A dictionary for another language: every key of the English one, and no other. */
export type Dictionary = Record<UIKey, string>;
