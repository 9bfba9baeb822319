import { verdictChanges } from '../corrections/log.ts';
import { problem, type Problem } from '../content/problems.ts';
import type { Claim } from '../content/schema.ts';
import type { Position } from '../content/yamlDocument.ts';

/**
 * A claim's corrections must fall between its publication and its last
 * update, and only a correction may change the verdict.
 */
export function correctionProblems(claim: Claim, file: string, locate: (path: (string | number)[]) => Position): Problem[] {
  const problems: Problem[] = [];
  const lastChange = claim.updated ?? claim.published;
  claim.corrections.forEach((c, i) => {
    const at = locate(['corrections', i, 'date']);
    if (c.date < claim.published) {
      problems.push(problem(file, `The ${c.kind} of ${c.date} is dated before the claim was published (${claim.published}).`, 'A correction follows publication: check its date and the claim\'s published date.', at));
    } else if (c.date > lastChange) {
      problems.push(
        claim.updated
          ? problem(file, `The ${c.kind} of ${c.date} is dated after the claim's last update (${claim.updated}).`, `Set updated: ${c.date}, the day the page last changed, or correct the entry's date.`, at)
          : problem(file, `The ${c.kind} of ${c.date} is dated after publication, but the claim has no updated date.`, `Add updated: ${c.date}, the day the page last changed.`, at),
      );
    }
    if (c.previousVerdict && c.kind !== 'correction') {
      problems.push(problem(file, `Only a correction changes a verdict, but this entry has kind ${c.kind} and a previousVerdict.`, 'Set kind: correction, or remove previousVerdict if the verdict did not change.', locate(['corrections', i, 'kind'])));
    }
  });
  for (const change of verdictChanges(claim)) {
    if (change.from === change.to) {
      const i = claim.corrections.indexOf(change.correction);
      problems.push(problem(file, `previousVerdict is "${change.from}", the same verdict the page had after this correction.`, `Name the verdict the page had before ${change.correction.date}; if it did not change, remove previousVerdict.`, locate(['corrections', i, 'previousVerdict'])));
    }
  }
  return problems;
}
