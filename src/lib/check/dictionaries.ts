import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DICTIONARIES } from '../../i18n/index.ts';
import { DEFAULT_LOCALE, TRANSLATED_LOCALES, type Locale } from '../../i18n/locales.ts';
import { parseInlineMarkdown } from '../inlineMarkdown.ts';
import { problem, type Problem } from '../problems.ts';
import { chineseTextProblems } from './chineseText.ts';

/** The file of a locale's interface dictionary. */
export const dictionaryFile = (locale: Locale) => `src/i18n/${locale}.ts`;

/**
 * The interface dictionaries (src/i18n/<locale>.ts): every key in every
 * language and no other, links the pages can render, and Hong Kong
 * Traditional characters. (A placeholder the page does not fill in stops the
 * build: see translate() in src/i18n/index.ts.)
 */
export function checkDictionaries(root: string): Problem[] {
  const problems: Problem[] = [];
  const english = DICTIONARIES[DEFAULT_LOCALE];
  for (const locale of [DEFAULT_LOCALE, ...TRANSLATED_LOCALES] as Locale[]) {
    const file = dictionaryFile(locale);
    const source = readFileSync(join(root, file), 'utf8');
    const lines = source.split('\n');
    const lineOf = (key: string) => ({ line: lines.findIndex((l) => l.trimStart().startsWith(`'${key}':`)) + 1 || 1 });
    const words: Record<string, string> = DICTIONARIES[locale];
    for (const key of Object.keys(english)) {
      if (!(key in words)) problems.push(problem(file, `The key "${key}" is missing.`, `Add '${key}': with the ${locale} text of "${english[key as keyof typeof english]}".`));
    }
    for (const [key, text] of Object.entries(words)) {
      if (!(key in english)) {
        problems.push(problem(file, `The key "${key}" is not in ${dictionaryFile(DEFAULT_LOCALE)}.`, 'Every key is defined in English first; remove it here or add it there.', lineOf(key)));
        continue;
      }
      // Sentences with links are rendered as Markdown (src/components/i18n/Rich.astro).
      if (!text.includes('](')) continue;
      try {
        parseInlineMarkdown(text);
      } catch (error) {
        problems.push(problem(file, (error as Error).message, 'Write one sentence or phrase; only [links](path/), **strong**, *em* and `code`.', lineOf(key)));
      }
    }
    if (locale !== DEFAULT_LOCALE) problems.push(...chineseTextProblems(file, source));
  }
  return problems;
}
