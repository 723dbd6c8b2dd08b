/**
 * `npm run data:synthetic`: writes two synthetic datasets (5,000 and 50,000 programs) to the
 * git-ignored folder public/data/synthetic/, for `npm run bench` and for trying the app at scale.
 *
 * Deterministic: a seeded PRNG (mulberry32), never Math.random, so every run writes the same
 * bytes. The five categories and four pillars are the bundled dataset's; departments, sections
 * and programs are invented, with Japanese-looking names and ASCII ids. Like the real source,
 * budgets are given per category only. Every file is checked against the app's zod schemas
 * before anything is written.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as z from 'zod/mini';
import { BUNDLED_DATASET_ID } from '../data/bundled-dataset';
import {
  type BudgetsFile,
  budgetsFileSchema,
  type DatasetEntry,
  type DatasetsFile,
  type Department,
  datasetsFileSchema,
  type Program,
  type ProgramsFile,
  programsFileSchema,
  type Section,
} from '../data/schemas';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = join(root, 'public', 'data');
/** Relative to public/data, as every path in datasets.json is. */
const SYNTHETIC_DIR = 'synthetic';
const README_FILE = `${SYNTHETIC_DIR}/README.txt`;

const SYNTHETIC_SIZES = [
  { id: 'synthetic-5k', programs: 5_000, seed: 0x5eed_0005 },
  { id: 'synthetic-50k', programs: 50_000, seed: 0x5eed_0050 },
] as const;

type Rng = () => number;

/** mulberry32: a tiny, well-mixed 32-bit PRNG; returns floats in [0, 1). */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** [ascii id, Japanese name, English name] */
const DEPARTMENTS: readonly (readonly [string, string, string])[] = [
  ['soumu', '総務部', 'General Affairs Department'],
  ['kikaku', '企画部', 'Planning Department'],
  ['zaisei', '財政部', 'Finance Department'],
  ['kiki-kanri', '危機管理部', 'Crisis Management Department'],
  ['hoken-fukushi', '保健福祉部', 'Health and Welfare Department'],
  ['kodomo-katei', '子ども家庭部', 'Children and Families Department'],
  ['kankyo-seikatsu', '環境生活部', 'Environment and Community Affairs Department'],
  ['keizai-shoko', '経済商工観光部', 'Economy, Commerce and Tourism Department'],
  ['nosei', '農政部', 'Agricultural Policy Department'],
  ['suisan-rinsei', '水産林政部', 'Fisheries and Forestry Department'],
  ['doboku', '土木部', 'Civil Engineering Department'],
  ['toshi-keikaku', '都市計画部', 'Urban Planning Department'],
  ['kyoiku', '教育庁', 'Board of Education'],
  ['keisatsu', '警察本部', 'Police Headquarters'],
  ['suito', '出納局', 'Accounting Bureau'],
  ['kigyo', '企業局', 'Public Enterprise Bureau'],
  ['gikai', '議会事務局', 'Assembly Secretariat'],
  ['fukko-suishin', '復興推進部', 'Reconstruction Department'],
  ['digital-suishin', 'デジタル推進局', 'Digital Transformation Bureau'],
  ['bunka-sports', '文化スポーツ部', 'Culture and Sports Department'],
  ['kokusai-koryu', '国際交流局', 'International Exchange Bureau'],
  ['byoin', '病院局', 'Hospital Bureau'],
  ['kotsu', '交通局', 'Transportation Bureau'],
  ['suido', '水道局', 'Waterworks Bureau'],
  ['kowan-kuko', '港湾空港部', 'Ports and Airport Department'],
  ['jutaku-seisaku', '住宅政策部', 'Housing Policy Department'],
  ['shobo', '消防局', 'Fire Department'],
  ['senkyo-kanri', '選挙管理委員会事務局', 'Election Administration Commission Secretariat'],
  ['jinji-iinkai', '人事委員会事務局', 'Personnel Commission Secretariat'],
  ['kansa-iin', '監査委員事務局', 'Audit Commissioners Secretariat'],
  ['rodo-iinkai', '労働委員会事務局', 'Labour Relations Commission Secretariat'],
  ['chiiki-shinko', '地域振興部', 'Regional Development Department'],
  ['danjo-kyodo', '男女共同参画局', 'Gender Equality Bureau'],
  ['bosai', '防災部', 'Disaster Prevention Department'],
  ['kanko-koryu', '観光交流局', 'Tourism and Exchange Bureau'],
  ['sangyo-rodo', '産業労働部', 'Industry and Labour Department'],
  ['kenko-iryo', '健康医療部', 'Health and Medical Care Department'],
  ['kaigo-hoken', '介護保険局', 'Long-term Care Insurance Bureau'],
  ['kenchiku-shido', '建築指導部', 'Building Guidance Department'],
  ['shinrin-kankyo', '森林環境局', 'Forest Environment Bureau'],
];

/** Section stems; each department gets ten of them. [ascii id, Japanese, English] */
const SECTION_STEMS: readonly (readonly [string, string, string])[] = [
  ['somu', '総務課', 'General Affairs Division'],
  ['kikaku-chosei', '企画調整課', 'Planning and Coordination Division'],
  ['seisaku', '政策課', 'Policy Division'],
  ['suishin', '推進課', 'Promotion Division'],
  ['shinko', '振興課', 'Development Division'],
  ['kanri', '管理課', 'Management Division'],
  ['joho-system', '情報システム課', 'Information Systems Division'],
  ['koho', '広報室', 'Public Relations Office'],
  ['zaimu', '財務課', 'Financial Affairs Division'],
  ['jinzai-ikusei', '人材育成課', 'Human Resource Development Division'],
  ['chiiki-renkei', '地域連携室', 'Regional Cooperation Office'],
  ['data-katsuyo', 'データ利活用推進室', 'Data Utilisation Office'],
  ['dx-suishin', 'DX推進課', 'DX Promotion Division'],
  ['sodan-shien', '相談支援課', 'Consultation and Support Division'],
  ['anzen-taisaku', '安全対策課', 'Safety Measures Division'],
  ['shisetsu-seibi', '施設整備課', 'Facilities Division'],
  ['keikaku', '計画課', 'Planning Division'],
  ['jigyo-suishin', '事業推進課', 'Programme Delivery Division'],
  ['hosho-kijun', '保障基準課', 'Standards Division'],
  ['kokusai', '国際課', 'International Division'],
  ['sangyo-shien', '産業支援課', 'Industry Support Division'],
  ['kankyo-hozen', '環境保全課', 'Environmental Protection Division'],
  ['kenkyu-kaihatsu', '研究開発室', 'Research and Development Office'],
  ['network', 'ネットワーク管理室', 'Network Management Office'],
  ['kyodo-suishin', '協働推進課', 'Collaboration Division'],
  ['toukei', '統計課', 'Statistics Division'],
  ['shinsa', '審査課', 'Review Division'],
  ['shido-kansa', '指導監査課', 'Inspection and Audit Division'],
];
const SECTIONS_PER_DEPARTMENT = 10;

const PLACES = [
  '地域',
  '県民',
  '行政',
  '中小企業',
  '農業',
  '観光',
  '防災',
  '医療',
  '教育',
  '子育て',
  '高齢者',
  '水産業',
  '森林',
  '交通',
  '文化財',
  '環境',
  '港湾',
  '福祉',
  'スポーツ',
  '移住・定住',
  '沿岸部',
  '県立学校',
  '市町村',
  'みやぎ',
];
const TECH = [
  'デジタル',
  'DX',
  'ICT',
  'AI',
  'IoT',
  'クラウド',
  'オープンデータ',
  'スマート',
  'GIS',
  'RPA',
  '5G',
  'ドローン',
  'オンライン',
  'キャッシュレス',
  'テレワーク',
  'データ連携',
  'マイナンバーカード',
  'Web',
  'SNS',
  'eラーニング',
  'メタバース',
  '電子申請',
];
const OBJECTS = [
  '基盤',
  'システム',
  'プラットフォーム',
  '相談窓口',
  'ポータルサイト',
  '人材',
  '情報発信',
  '申請手続',
  '業務',
  'ネットワーク',
  '予約システム',
  'データベース',
  '学習環境',
  '見守りサービス',
  '観測網',
  '台帳',
];
const ACTIONS = [
  '整備事業',
  '推進事業',
  '導入支援',
  '活用促進事業',
  'の構築',
  'の運用',
  '高度化事業',
  '普及啓発',
  '実証事業',
  '利活用推進',
  '維持管理',
  '強化事業',
  'モデル事業',
];
const AUDIENCES = [
  '県民',
  '県内の中小企業',
  '市町村職員',
  '農林漁業者',
  '児童生徒',
  '高齢者',
  '子育て世帯',
  '観光客',
  '医療・介護従事者',
  'NPO等の団体',
];
const GOALS = [
  '業務の効率化',
  '県民サービスの向上',
  '利便性の向上',
  '地域課題の解決',
  '担い手の確保',
  '生産性の向上',
  '情報セキュリティの確保',
  '迅速な情報提供',
  '災害対応力の強化',
  '働き方改革',
];
const VERBS = ['整備', '導入', '更新', '構築', '運用', '拡充', '実証', '高度化'];

function programName(rng: Rng): string {
  const place = rng() < 0.7 ? pick(rng, PLACES) : '';
  const tech = pick(rng, TECH);
  const object = pick(rng, OBJECTS);
  const action = pick(rng, ACTIONS);
  const phase = rng() < 0.08 ? `（第${int(rng, 2, 4)}期）` : '';
  return `${place}${tech}${object}${action}${phase}`;
}

function programSummary(rng: Rng): string {
  const sentences: string[] = [];
  const count = int(rng, 1, 5);
  for (let i = 0; i < count; i++) {
    const template = int(rng, 0, 5);
    const place = pick(rng, PLACES);
    const tech = pick(rng, TECH);
    const object = pick(rng, OBJECTS);
    const goal = pick(rng, GOALS);
    const verb = pick(rng, VERBS);
    if (template === 0) {
      sentences.push(
        `${place}における${tech}の活用により、${object}の${verb}を行い、${goal}を図る。`,
      );
    } else if (template === 1) {
      sentences.push(
        `${pick(rng, AUDIENCES)}を対象に${tech}に関する研修会やセミナーを開催し、${goal}につなげる。`,
      );
    } else if (template === 2) {
      sentences.push(
        `令和${int(rng, 3, 7)}年度から${object}の${verb}に取り組み、${pick(
          rng,
          GOALS.filter((g) => g !== goal),
        )}と${goal}を目指すもの。`,
      );
    } else if (template === 3) {
      sentences.push(
        `${tech}を活用した${place}${object}を${verb}することで、${pick(rng, AUDIENCES)}の${goal}を推進します。`,
      );
    } else if (template === 4) {
      sentences.push(
        `${object}（${tech}）の${verb}について、市町村や大学等と連携しながら検討を進める。`,
      );
    } else {
      sentences.push(`${int(rng, 2, 60)}か所で${tech}${object}の実証を行い、効果を検証する。`);
    }
  }
  return sentences.join('');
}

function buildDepartmentsAndSections(rng: Rng): { departments: Department[]; sections: Section[] } {
  const departments: Department[] = DEPARTMENTS.map(([id, ja, en]) => ({ id, name: { ja, en } }));
  const sections: Section[] = [];
  for (const department of departments) {
    const stems = [...SECTION_STEMS];
    for (let i = 0; i < SECTIONS_PER_DEPARTMENT; i++) {
      const [stem] = stems.splice(Math.floor(rng() * stems.length), 1);
      if (!stem) throw new Error('not enough section stems');
      const [stemId, ja, en] = stem;
      sections.push({
        id: `${department.id}-${stemId}`,
        departmentId: department.id,
        // Some sections have no English name, like some real ones.
        name: rng() < 0.9 ? { ja, en } : { ja },
      });
    }
  }
  return { departments, sections };
}

interface SyntheticDataset {
  readonly entry: DatasetEntry;
  readonly budgets: BudgetsFile;
  readonly programs: ProgramsFile;
}

function buildDataset(
  size: (typeof SYNTHETIC_SIZES)[number],
  bundledBudgets: BudgetsFile,
  source: DatasetEntry['source'],
): SyntheticDataset {
  const rng = mulberry32(size.seed);
  const { departments, sections } = buildDepartmentsAndSections(rng);
  const sectionsByDepartment = new Map<string, Section[]>();
  for (const s of sections) {
    const list = sectionsByDepartment.get(s.departmentId) ?? [];
    list.push(s);
    sectionsByDepartment.set(s.departmentId, list);
  }
  // Departments are unevenly busy, as in real lists: weight ∝ 1 / rank^0.8.
  const weights = departments.map((_, i) => 1 / (i + 1) ** 0.8);
  const weightSum = weights.reduce((s, w) => s + w, 0);
  const order = [...departments];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const a = order[i];
    const b = order[j];
    if (a && b) {
      order[i] = b;
      order[j] = a;
    }
  }
  const pickDepartment = (): Department => {
    let r = rng() * weightSum;
    for (let i = 0; i < order.length; i++) {
      r -= weights[i] ?? 0;
      const d = order[i];
      if (r < 0 && d) return d;
    }
    const last = order[order.length - 1];
    if (!last) throw new Error('no departments');
    return last;
  };

  // Programs per category in the bundled dataset's proportions.
  const bundledTotal = bundledBudgets.categories.reduce((s, c) => s + c.programCount, 0);
  const counts = bundledBudgets.categories.map((c) =>
    Math.floor((size.programs * c.programCount) / bundledTotal),
  );
  counts[0] = (counts[0] ?? 0) + size.programs - counts.reduce((s, n) => s + n, 0);

  const programs: Program[] = [];
  const width = String(size.programs).length;
  bundledBudgets.categories.forEach((category, index) => {
    const count = counts[index] ?? 0;
    for (let number = 1; number <= count; number++) {
      const first = pickDepartment();
      const departmentIds = [first.id];
      // About 5% are joint programs of two departments.
      if (rng() < 0.05) {
        let second = pickDepartment();
        while (second.id === first.id) second = pickDepartment();
        departmentIds.push(second.id);
      }
      const sectionIds = departmentIds.map(
        (id) => pick(rng, sectionsByDepartment.get(id) ?? []).id,
      );
      programs.push({
        id: `${category.id}-${String(number).padStart(width, '0')}`,
        categoryId: category.id,
        number,
        name: programName(rng),
        summary: programSummary(rng),
        departmentIds,
        sectionIds,
      });
    }
  });

  // Budgets per category only: the bundled amount per program, scaled to the new count, ±20%.
  const categories = bundledBudgets.categories.map((c, index) => {
    const count = counts[index] ?? 0;
    const perProgram = c.programCount > 0 ? c.budget / c.programCount : 0;
    return {
      ...c,
      budget: Math.round(perProgram * count * (0.8 + 0.4 * rng())),
      programCount: count,
    };
  });
  const budgets: BudgetsFile = {
    unit: 'thousand JPY',
    total: categories.reduce((s, c) => s + c.budget, 0),
    pillars: bundledBudgets.pillars,
    categories,
  };
  const label = size.programs.toLocaleString('en-US');
  const entry: DatasetEntry = {
    id: size.id,
    title: {
      ja: `合成データ ${label}件（ベンチマーク用）`,
      en: `Synthetic data, ${label} programs (benchmark)`,
    },
    fiscalYear: 2023,
    fiscalYearLabel: { ja: '令和5年度（合成）', en: 'FY2023 (synthetic)' },
    publisher: { ja: '合成データ生成器', en: 'Synthetic data generator' },
    source,
    files: {
      budgets: `${SYNTHETIC_DIR}/${size.id}/budgets.json`,
      programs: `${SYNTHETIC_DIR}/${size.id}/programs.json`,
    },
  };
  return { entry, budgets, programs: { departments, sections, programs, notes: [] } };
}

function validated<Schema extends z.ZodMiniType>(
  schema: Schema,
  value: unknown,
  file: string,
): string {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((i) => `  ${i.path.join('.')}: ${i.message}`)
      .join('\n');
    throw new Error(`generated ${file} does not pass its schema:\n${problems}`);
  }
  // Compact JSON: these files are generated, never reviewed or diffed, and 50,000 programs
  // pretty-printed would be a third larger.
  return `${JSON.stringify(parsed.data)}\n`;
}

const README_TEXT = `Synthetic datasets for the open budget dashboard
================================================

Made by \`npm run data:synthetic\` (src/cli/make-synthetic.ts) with a seeded PRNG (mulberry32):
every run writes the same bytes. Not real data: department, section and program names are
invented. The five categories and four pillars are those of the bundled Miyagi FY2023 dataset;
budgets are per category only (the bundled amount per program, scaled to the count, ±20%).

Datasets: ${SYNTHETIC_SIZES.map((s) => `${s.id} (${s.programs} programs)`).join(', ')}.
This folder is git-ignored. The dev server and \`vite preview\` list these datasets after the
bundled one when this folder exists (see vite.config.ts); open e.g. ?ds=synthetic-50k.
`;

function main(): void {
  const bundledBudgets = budgetsFileSchema.parse(
    JSON.parse(readFileSync(join(dataDir, BUNDLED_DATASET_ID, 'budgets.json'), 'utf8')),
  );
  const source: DatasetEntry['source'] = {
    title: {
      ja: '合成データの説明（ベンチマーク用、実データではありません）',
      en: 'About the synthetic data (for benchmarks; not real data)',
    },
    file: README_FILE,
    sha256: createHash('sha256').update(README_TEXT, 'utf8').digest('hex'),
  };
  const files: Record<string, string> = { [README_FILE]: README_TEXT };
  const entries: DatasetEntry[] = [];
  for (const size of SYNTHETIC_SIZES) {
    const dataset = buildDataset(size, bundledBudgets, source);
    entries.push(dataset.entry);
    files[dataset.entry.files.budgets] = validated(
      budgetsFileSchema,
      dataset.budgets,
      dataset.entry.files.budgets,
    );
    files[dataset.entry.files.programs] = validated(
      programsFileSchema,
      dataset.programs,
      dataset.entry.files.programs,
    );
  }
  const list: DatasetsFile = { datasets: entries };
  files[`${SYNTHETIC_DIR}/datasets.json`] = validated(
    datasetsFileSchema,
    list,
    `${SYNTHETIC_DIR}/datasets.json`,
  );
  // Written only once everything is valid, datasets.json last (its presence lists the datasets).
  const paths = Object.keys(files).sort((a, b) =>
    a.endsWith('/datasets.json') ? 1 : b.endsWith('/datasets.json') ? -1 : a.localeCompare(b),
  );
  for (const relative of paths) {
    const target = join(dataDir, relative);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, files[relative] ?? '');
    const size = Buffer.byteLength(files[relative] ?? '');
    console.log(`wrote public/data/${relative} (${(size / 1024).toFixed(0)} KiB)`);
  }
}

main();
