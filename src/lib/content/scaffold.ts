/**
 * Starting files for `npm run new`. Each field carries a comment saying what
 * to write; the content check then says what is still missing.
 */
import { parseParagraphs } from '../sources/paragraphs.ts';

export function claimTemplate(today: string): string {
  return `---
# The question or headline this page answers.
title: "TODO: a question a reader would ask"
# The claim in the claimant's own words.
claim: "TODO: the claim as stated"
# The outlet or person who made the claim.
claimant: TODO
# Where the claim appears: a source slug (content/sources/) and paragraph number.
# quote is optional; if given, it must stand in that paragraph.
appearance:
  source: hksar-2017-12-07
  p: 1
# One of: accurate, needs-context, unsupported, misleading, inaccurate (see /methodology/).
verdict: unsupported
# The answer in one sentence.
summary: "TODO: one-sentence answer"
published: ${today}
# updated: YYYY-MM-DD
tags: []
# corrections (kind: correction, update, clarification or typo; see /methodology/):
#   - date: YYYY-MM-DD
#     kind: correction
#     note: What changed and why.
#     previousVerdict: misleading   # only when a correction changed the verdict
# Former slugs of this page, if it is ever renamed:
# aliases: []
# Named figures: cited numbers, then numbers computed from them (see docs/editing.md).
figures: []
---

TODO: explain the check, citing every fact, for example
<Cite source="hksar-2017-12-07" p={9}>a total of 837 NECIIs</Cite>.
`;
}

export function sourceTemplate(slug: string, seedFile: string, seedText: string, today: string): string {
  const paragraphs = parseParagraphs(seedText);
  const headline = paragraphs[0]?.text ?? '';
  return `# Metadata for seeds/${seedFile}. State only what the text or the original page says;
# write null for anything not stated, and give the basis for every fact.
slug: ${slug}
# Short name used in lists and citations, e.g. "HKFP, 7 Dec 2017".
label: "TODO"
# The headline as it stands in the archived text, or null if it has none.
title: ${JSON.stringify(headline)}
publisher: "TODO"
# press-release or news-report
kind: news-report
# null when the original has no address (print, a handed-out PDF, an interview).
url: https://TODO.example
# YYYY-MM-DD, or null when no source states it.
published: null
# publishedNote: e.g. the issue time, or the day of the event it reports.
author: null
language: en
seed: ${seedFile}
# The day the text was added to seeds/ (today, when npm run new copied it).
archived: ${today}
basis:
  publisher: "TODO: how the publisher was established"
  url: "TODO: how the original URL was established"
  published: "TODO: how the date was established, or Not stated."
  author: "TODO: how the author was established, or Not stated."
  archived: Date the text was added to the site's archive (seeds/) with npm run new.
scope:
  # false if the text is about something other than the 2016–2017 operation;
  # then add heading: what it is instead, shown as written ("Different period").
  operation: true
  note: "TODO: what the text reports"
`;
}

/** `NNN_<first 16 hex digits of the SHA-256>.txt`, numbered after the existing seeds. */
export function seedFileName(existing: readonly string[], sha256: string): string {
  const next = existing.map((f) => Number.parseInt(f, 10)).filter(Number.isFinite).reduce((max, n) => Math.max(max, n + 1), 0);
  return `${String(next).padStart(3, '0')}_${sha256.slice(0, 16)}.txt`;
}
