/**
 * Every UI string in Japanese and English. Data strings (program names, summaries) are not
 * translated: they stay as published, and the English UI says so once.
 */
import type { Lang } from '../url/view-state';

const ja = {
  appName: '予算・事業ダッシュボード',
  skipToContent: '本文へ移動',
  loading: '読み込み中…',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  copyLink: 'リンクをコピー',
  linkCopied: 'リンクをコピーしました',
  /** On the copy button itself, in place of its label: short, so the button stays narrow. */
  copiedShort: 'コピーしました',
  copyFailed: 'コピーできませんでした。アドレスバーのURLをお使いください。',
  // The headline figures are the whole dataset's, whatever the filter; the labels say so.
  totalBudget: '予算総額（全体）',
  approx: '約',
  programs: '事業数（全体）',
  programsUnit: '件',
  categoriesHeading: '分野別の予算（全体）',
  budgetOnlyNote:
    '事業一覧を読み込めなかったため、分野別の予算だけを表示しています。事業数は原典の見出しにある件数です。',
  category: '分野',
  budget: '予算',
  share: '構成比',
  programCount: '事業数',
  budgetNote:
    '予算は原典が分野ごとにのみ公表しているため、分野単位で示します。事業ごとの金額はありません。事業の図は件数で描いています。',
  source: '出典',
  downloadSource: '原典テキストをダウンロード',
  dataNotes: 'データの注記',
  dataNotesIntro: '原典の表記を次のとおり整えました。',
  loadErrorTitle: 'データを読み込めませんでした',
  loadErrorFile: 'ファイル',
  /** What went wrong, in a sentence; the problems below it are technical, and in English. */
  loadErrorKind: {
    fetch: 'サーバーからファイルを取得できませんでした。',
    json: 'ファイルをJSONとして読めませんでした（途中で切れているか、別の形式のファイルです）。',
    schema: 'ファイルの内容が、求める形式と合いません。',
  },
  loadErrorDetails: '詳細（技術情報、英語）',
  retry: '再試行',
  chartError: 'この図を表示できませんでした。',
  search: '検索',
  searchPlaceholder: '事業名・概要・部局・課室',
  searchHelp: '全角・半角、大文字・小文字、ひらがな・カタカナを区別しません',
  filters: '絞り込み',
  department: '部局',
  total: '合計',
  section: '担当課室',
  clearAll: 'すべて解除',
  removeFilter: '解除',
  shownOf: (shown: string, total: string) => `${shown} / ${total} 件`,
  all: '全体',
  breadcrumb: '現在の位置',
  table: '事業一覧',
  colId: '番号',
  colRef: 'ID',
  colName: '事業名',
  colDepartment: '部局',
  colSection: '担当課室',
  colCategory: '分野',
  colSummary: '概要・目的',
  details: '事業の詳細',
  close: '閉じる',
  sourceLine: '原典の行',
  noResults: '条件に合う事業はありません。',
  // Not "does not fit the data": a repeated key (lang=ja twice) or a bad value is named here too.
  noticeIgnored: 'リンクの次の部分は使えないため無視しました:',
  noticeCorrected: (max: number) =>
    `検索語は直して使いました（${max}文字まで。制御文字・壊れた文字は除く）:`,
  dismiss: '閉じる',
  budgetTreemap: '予算の内訳（分野別）',
  portfolioTreemap: '事業の構成（分野・部局・事業、面積は件数）',
  portfolioTreemapBudget: '事業の構成（分野・部局・事業、面積は予算）',
  departmentBars: '部局別の事業数（分野別の積み上げ）',
  jointNote: '複数部局の共同事業は、それぞれの部局に数えています。',
  portfolioJointNote:
    '複数部局の共同事業は、1つの部局の下に表示しています（選んだ部局・課室の部局があればその部局、なければ原典で最初に記載された部局）。',
  others: 'その他',
  showAsTable: '表で見る',
  legend: '分野の色',
  exportCsv: 'CSVで保存',
  savePicture: '画像で保存',
  shareButton: '共有・QRコード',
  shareLink: 'このビューのリンク',
  qrLabel: 'このビューのリンクのQRコード',
  embedChart: '埋め込む図',
  embedSnippet: '埋め込み用コード（iframe）',
  copyCode: 'コードをコピー',
  copyCodeFailed: 'コピーできませんでした。上のコードを選んでコピーしてください。',
  chartNames: {
    budget: '予算の内訳',
    portfolio: '事業の構成',
    departments: '部局別の事業数',
    table: '事業一覧',
  },
  filtersButton: '絞り込み',
  present: 'プレゼンテーション',
  exitPresent: 'プレゼンテーションを終える',
  fullscreen: '全画面',
  previousCategory: '前の分野',
  nextCategory: '次の分野',
  wholeBudget: '予算全体',
  /**
   * The key hint: `place` on the list of views when the slide is on it; `list`: there is one;
   * `fullscreen`: the page is in full screen, which Esc leaves.
   */
  presentKeys: (place: { at: string; of: string } | null, list: boolean, fullscreen: boolean) =>
    `${place ? `←/→ または PageUp/PageDown でリストのビューを移動（${place.at} / ${place.of}）` : '←/→ または PageUp/PageDown で分野を移動'}、${list ? 'Home でリストの最初' : 'Home で全体'}${fullscreen ? '、Esc で全画面を解除' : ''}`,
  viewsList: 'ビューのリスト',
  addCurrentView: '現在のビューを追加',
  pasteLink: 'リンクを貼り付けて追加',
  add: '追加',
  moveUp: '上へ',
  moveDown: '下へ',
  remove: '削除',
  exportList: 'リストを書き出す',
  importList: 'リストを読み込む',
  listEmpty: 'リストは空です。キーは分野を順に移動します。',
  listInvalid: 'このファイルはビューのリストとして読めません:',
  linkInvalid: 'このダッシュボードのリンクではありません。',
  viewFull: 'ダッシュボードで見る',
  printedFrom: '印刷元',
  dataAsOf: 'データ',
  more: '表示・発表',
  scheme: '配色',
  schemeNames: {
    auto: '端末に合わせる',
    light: 'ライト',
    dark: 'ダーク',
    contrast: '高コントラスト',
  },
  decal: '模様で区別',
  exportJson: 'JSONで保存',
  chartsLoading: '図を準備しています…',
  englishDataNote: '',
};

export type Messages = { [K in keyof typeof ja]: (typeof ja)[K] };

const en: Messages = {
  appName: 'Budget & Program Dashboard',
  skipToContent: 'Skip to content',
  loading: 'Loading…',
  switchLanguage: '日本語',
  switchLanguageLabel: '日本語に切り替え',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copiedShort: 'Copied',
  copyFailed: 'Could not copy. Please use the address bar.',
  totalBudget: 'Whole budget',
  approx: 'about ',
  programs: 'All programs',
  programsUnit: '',
  categoriesHeading: 'Budget by category (all programs)',
  budgetOnlyNote:
    'The program list could not be loaded, so only the budget per category is shown. Program counts are those the source declares in its headings.',
  category: 'Category',
  budget: 'Budget',
  share: 'Share',
  programCount: 'Programs',
  budgetNote:
    'The source publishes budgets per category only, never per program, so amounts are shown per category and program charts count programs.',
  source: 'Source',
  downloadSource: 'Download the original text',
  dataNotes: 'Notes on the data',
  dataNotesIntro: 'The source text was tidied as follows.',
  loadErrorTitle: 'The data could not be loaded',
  loadErrorFile: 'File',
  loadErrorKind: {
    fetch: 'The file could not be fetched from the server.',
    json: 'The file could not be read as JSON (it is cut off, or a file of another kind).',
    schema: "The file's content does not match the expected format.",
  },
  loadErrorDetails: 'Details',
  retry: 'Retry',
  chartError: 'This chart could not be shown.',
  search: 'Search',
  // Short enough for the search box (242 px of text) in any font: "Name, summary, department,
  // section" was cut off, and even "Name, summary, dept., section" in DejaVu Sans (252 px).
  // The help below names every field searched.
  searchPlaceholder: 'Program, dept., section',
  searchHelp:
    'Looks in names, summaries, departments and sections; ignores full/half width, case, and hiragana vs katakana',
  filters: 'Filters',
  department: 'Department',
  total: 'Total',
  section: 'Section',
  clearAll: 'Clear all',
  removeFilter: 'Remove',
  shownOf: (shown: string, total: string) => `${shown} / ${total} programs`,
  all: 'All',
  breadcrumb: 'You are here',
  table: 'Programs',
  colId: 'No.',
  colRef: 'ID',
  colName: 'Program',
  colDepartment: 'Department',
  colSection: 'Section',
  colCategory: 'Category',
  colSummary: 'Summary',
  details: 'Program details',
  close: 'Close',
  sourceLine: 'Line in source',
  noResults: 'No programs match.',
  noticeIgnored: 'These parts of the link could not be used and were ignored:',
  noticeCorrected: (max: number) =>
    `The search was used as corrected (at most ${max} characters; control and broken characters removed):`,
  dismiss: 'Dismiss',
  budgetTreemap: 'Budget by pillar and category',
  portfolioTreemap: 'Programs by category, department and program (area = count)',
  portfolioTreemapBudget: 'Programs by category, department and program (area = budget)',
  departmentBars: 'Programs per department, stacked by category',
  jointNote: 'A program run jointly by several departments counts for each of them.',
  portfolioJointNote:
    'A program run jointly by several departments is shown under one of them (a chosen department, or that of a chosen section, if any; else the first listed in the source).',
  others: 'Others',
  showAsTable: 'Show as table',
  legend: 'Category colours',
  exportCsv: 'Save CSV',
  savePicture: 'Save picture',
  shareButton: 'Share & QR code',
  shareLink: 'Link to this view',
  qrLabel: 'QR code of the link to this view',
  embedChart: 'Chart to embed',
  embedSnippet: 'Embed code (iframe)',
  copyCode: 'Copy code',
  copyCodeFailed: 'Could not copy. Please select the code above and copy it.',
  chartNames: {
    budget: 'Budget',
    portfolio: 'Programs',
    departments: 'Departments',
    table: 'Program table',
  },
  filtersButton: 'Filters',
  present: 'Present',
  exitPresent: 'Leave presentation',
  fullscreen: 'Full screen',
  previousCategory: 'Previous category',
  nextCategory: 'Next category',
  wholeBudget: 'Whole budget',
  presentKeys: (place: { at: string; of: string } | null, list: boolean, fullscreen: boolean) =>
    `${place ? `←/→ or PageUp/PageDown step through the list of views (${place.at} of ${place.of})` : '←/→ or PageUp/PageDown step through categories'}, ${list ? 'Home goes to the start of the list' : 'Home shows everything'}${fullscreen ? ', Esc leaves full screen' : ''}`,
  viewsList: 'List of views',
  addCurrentView: 'Add this view',
  pasteLink: 'Paste a link to add',
  add: 'Add',
  moveUp: 'Move up',
  moveDown: 'Move down',
  remove: 'Remove',
  exportList: 'Export list',
  importList: 'Import list',
  listEmpty: 'The list is empty; the keys step through the categories.',
  listInvalid: 'This file cannot be read as a list of views:',
  linkInvalid: 'That is not a link to this dashboard.',
  viewFull: 'Open in the dashboard',
  printedFrom: 'Printed from',
  dataAsOf: 'Data',
  more: 'Display & present',
  scheme: 'Colours',
  schemeNames: { auto: 'Follow device', light: 'Light', dark: 'Dark', contrast: 'High contrast' },
  decal: 'Patterns',
  exportJson: 'Save JSON',
  chartsLoading: 'Preparing charts…',
  englishDataNote: 'Program names and summaries are shown as published, in Japanese.',
};

export const MESSAGES: Record<Lang, Messages> = { ja, en };

type LocalizedText = { ja: string; en?: string | undefined };

export function localized(value: LocalizedText, lang: Lang): string {
  return lang === 'en' && value.en ? value.en : value.ja;
}

/** A title or a search, quoted as each language quotes: 「…」, “…”. */
export function quoted(text: string, lang: Lang): string {
  return lang === 'ja' ? `「${text}」` : `“${text}”`;
}

/** Who published the source and its title: 宮城県「…」, Miyagi Prefecture, “…”. */
export function sourceCitation(
  entry: { publisher: LocalizedText; source: { title: LocalizedText } },
  lang: Lang,
): string {
  const title = quoted(localized(entry.source.title, lang), lang);
  return `${localized(entry.publisher, lang)}${lang === 'ja' ? '' : ', '}${title}`;
}
