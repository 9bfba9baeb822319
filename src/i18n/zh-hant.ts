/**
 * 網站介面文字（繁體中文，香港）。鍵與 src/i18n/en.ts 完全相同；`{name}`
 * 由 translate() 填入。人名沿用來源的英文拼寫；機構只用標準中文名稱
 * （見 docs/editing.md「翻譯」）。
 */
import type { Dictionary } from './en.ts';

const zhHant: Dictionary = {
  // Layout
  'layout.skip': '跳至主要內容',

  // Verdicts
  'verdict.accurate': '準確',
  'verdict.accurate.definition': '說法與主要來源相符，誤差不超出說法本身所用的約數。',
  'verdict.needs-context': '準確，但須補充背景',
  'verdict.needs-context.definition': '數字或陳述正確，但說法遺漏了讀者正確理解所需的資料（例如期間、計算方法或由誰統計）。',
  'verdict.unsupported': '無從證實',
  'verdict.unsupported.definition': '主要來源沒有這樣說，因此本網站無法證實。同一簡報會的其他報道或有相同說法，但它們不能互相印證。說法仍有可能屬實。',
  'verdict.misleading': '誤導',
  'verdict.misleading.definition': '有關數字或字句可在來源中找到，但說法的表述方式會令讀者得出錯誤結論。',
  'verdict.inaccurate': '不準確',
  'verdict.inaccurate.definition': '說法與主要來源相矛盾，差距超出說法所用的任何約數。',

  // Cards
  'card.kicker': '查核報告',
  'card.claimBy': '説法來源：{claimant}',
  'card.tagline': '逐條引文與存檔來源核對',
  'card.claimAlt': '{site}：「{title}」查核結果：{verdict}。',
  'card.siteAlt': '{site}：事實查核，逐條引文與存檔來源核對。',

  // Charts

};

export default zhHant;
