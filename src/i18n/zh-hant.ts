/**
 * 網站介面文字（繁體中文，香港）。鍵與 src/i18n/en.ts 完全相同；`{name}`
 * 由 translate() 填入。人名沿用來源的英文拼寫；機構只用標準中文名稱
 * （見 docs/editing.md「翻譯」）。
 */
import type { Dictionary } from './en.ts';

const zhHant: Dictionary = {
  // Layout
  'layout.skip': '跳至主要內容',

  // Charts

};

export default zhHant;
