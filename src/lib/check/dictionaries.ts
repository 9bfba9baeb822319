import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExpressionAt, type Expression } from 'acorn';
import { DEFAULT_LOCALE, TRANSLATED_LOCALES, type Locale } from '../../i18n/locales.ts';
import { parseInlineMarkdown } from '../text/inlineMarkdown.ts';
import { problem, type Problem } from '../content/problems.ts';
import { chineseTextProblems } from './chineseText.ts';

/** The file of a locale's interface dictionary. */
export const dictionaryFile = (locale: Locale) => `src/i18n/${locale}.ts`;

/** The text of a string literal, or of a template literal without placeholders; undefined for anything else. */
function stringValue(node: Expression): string | undefined {
  if (node.type === 'Literal') return typeof node.value === 'string' ? node.value : undefined;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/**
 * A dictionary's entries as its file writes them, each with its line: read
 * from the project at `root` (not imported), so the check sees the files an
 * editor changed, and can point at a line. The file's object literal (after
 * the first `= {`) is parsed with acorn, which reads it as JavaScript: the
 * type annotations before it are not parsed.
 */
export function readDictionary(root: string, locale: Locale): Map<string, { text: string; line: number }> {
  const file = dictionaryFile(locale);
  const source = readFileSync(join(root, file), 'utf8');
  const entries = new Map<string, { text: string; line: number }>();
  const start = /=\s*\{/.exec(source);
  if (!start) return entries;
  const object = parseExpressionAt(source, start.index + start[0].length - 1, { ecmaVersion: 'latest', locations: true });
  if (object.type !== 'ObjectExpression') return entries;
  for (const property of object.properties) {
    if (property.type !== 'Property' || property.computed) continue;
    const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined;
    const text = stringValue(property.value as Expression);
    if (key !== undefined && text !== undefined) entries.set(key, { text, line: property.loc!.start.line });
  }
  return entries;
}

/**
 * The interface dictionaries (src/i18n/<locale>.ts): every key in every
 * language and no other, links the pages can render, and Hong Kong
 * Traditional characters. (A placeholder the page does not fill in stops the
 * build: see translate() in src/i18n/index.ts.) A copy of the project with
 * content only has no dictionaries to check.
 */
export function checkDictionaries(root: string): Problem[] {
  if (!existsSync(join(root, dictionaryFile(DEFAULT_LOCALE)))) return [];
  const problems: Problem[] = [];
  const english = readDictionary(root, DEFAULT_LOCALE);
  for (const locale of [DEFAULT_LOCALE, ...TRANSLATED_LOCALES] as Locale[]) {
    const file = dictionaryFile(locale);
    if (!existsSync(join(root, file))) {
      problems.push(problem(file, `The ${locale} dictionary is missing.`, `Restore ${file}: every key of ${dictionaryFile(DEFAULT_LOCALE)}, in ${locale}.`));
      continue;
    }
    const words = locale === DEFAULT_LOCALE ? english : readDictionary(root, locale);
    for (const [key, { text }] of english) {
      if (!words.has(key)) problems.push(problem(file, `The key "${key}" is missing.`, `Add '${key}': with the ${locale} text of "${text}".`));
    }
    for (const [key, { text, line }] of words) {
      if (!english.has(key)) {
        problems.push(problem(file, `The key "${key}" is not in ${dictionaryFile(DEFAULT_LOCALE)}.`, 'Every key is defined in English first; remove it here or add it there.', { line }));
        continue;
      }
      // Sentences with links are rendered as Markdown (src/components/i18n/Rich.astro).
      if (!text.includes('](')) continue;
      try {
        parseInlineMarkdown(text);
      } catch (error) {
        problems.push(problem(file, (error as Error).message, 'Write one sentence or phrase; only [links](path/), **strong**, *em* and `code`.', { line }));
      }
    }
    if (locale !== DEFAULT_LOCALE) problems.push(...chineseTextProblems(file, readFileSync(join(root, file), 'utf8')));
  }
  return problems;
}
