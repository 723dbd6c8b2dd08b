/**
 * The reviewed table of Miyagi Prefecture's organisational units that appear in the
 * IT-policy programme list, with stable ASCII ids and English names.
 *
 * Why a hand-kept table: ids must stay the same across rebuilds (they are written into shared
 * links), and English names cannot be derived from the source. The ingest refuses a department
 * or section that is not listed here, so a new unit in a future source is a reviewed change.
 * Names are the normalised forms (no inner whitespace); order is the order of first appearance.
 */

export interface UnitName {
  readonly ja: string;
  readonly en: string;
}

export interface DepartmentEntry {
  readonly id: string;
  readonly name: UnitName;
}

export interface SectionEntry {
  readonly id: string;
  readonly departmentId: string;
  readonly name: UnitName;
}

export const MIYAGI_DEPARTMENTS: readonly DepartmentEntry[] = [
  { id: 'soumu', name: { ja: '総務部', en: 'General Affairs Department' } },
  {
    id: 'fukko-kiki',
    name: { ja: '復興・危機管理部', en: 'Reconstruction and Crisis Management Department' },
  },
  { id: 'kikaku', name: { ja: '企画部', en: 'Planning Department' } },
  { id: 'hoken-fukushi', name: { ja: '保健福祉部', en: 'Health and Welfare Department' } },
  {
    id: 'kankyo-seikatsu',
    name: { ja: '環境生活部', en: 'Environment and Community Affairs Department' },
  },
  {
    id: 'keizai',
    name: { ja: '経済商工観光部', en: 'Economy, Commerce, Industry and Tourism Department' },
  },
  { id: 'nosei', name: { ja: '農政部', en: 'Agricultural Policy Department' } },
  { id: 'suisan-rinsei', name: { ja: '水産林政部', en: 'Fisheries and Forestry Department' } },
  { id: 'doboku', name: { ja: '土木部', en: 'Civil Engineering Department' } },
  { id: 'kyoiku', name: { ja: '教育庁', en: 'Board of Education' } },
  { id: 'keisatsu', name: { ja: '警察本部', en: 'Prefectural Police Headquarters' } },
  { id: 'suito', name: { ja: '出納局', en: 'Accounting Bureau' } },
  { id: 'kigyo', name: { ja: '企業局', en: 'Public Enterprise Bureau' } },
  { id: 'gikai', name: { ja: '議会事務局', en: 'Prefectural Assembly Secretariat' } },
];

export const MIYAGI_SECTIONS: readonly SectionEntry[] = [
  // 総務部
  {
    id: 'gyosei-keiei',
    departmentId: 'soumu',
    name: { ja: '行政経営企画課', en: 'Administrative Management Planning Division' },
  },
  { id: 'koho', departmentId: 'soumu', name: { ja: '広報課', en: 'Public Relations Division' } },
  { id: 'zeimu', departmentId: 'soumu', name: { ja: '税務課', en: 'Taxation Division' } },
  { id: 'jinji', departmentId: 'soumu', name: { ja: '人事課', en: 'Personnel Division' } },
  {
    id: 'shichoson',
    departmentId: 'soumu',
    name: { ja: '市町村課', en: 'Municipalities Division' },
  },
  {
    id: 'kensei-joho',
    departmentId: 'soumu',
    name: { ja: '県政情報・文書課', en: 'Government Information and Records Division' },
  },
  {
    id: 'kanzai',
    departmentId: 'soumu',
    name: { ja: '管財課', en: 'Property Management Division' },
  },
  // 復興・危機管理部
  {
    id: 'bosai-suishin',
    departmentId: 'fukko-kiki',
    name: { ja: '防災推進課', en: 'Disaster Prevention Promotion Division' },
  },
  {
    id: 'genshiryoku',
    departmentId: 'fukko-kiki',
    name: { ja: '原子力安全対策課', en: 'Nuclear Safety Division' },
  },
  // 企画部
  {
    id: 'digital-miyagi',
    departmentId: 'kikaku',
    name: { ja: 'デジタルみやぎ推進課', en: 'Digital Miyagi Promotion Division' },
  },
  {
    id: 'chiiki-shinko',
    departmentId: 'kikaku',
    name: { ja: '地域振興課', en: 'Regional Development Division' },
  },
  {
    id: 'sangyo-digital',
    departmentId: 'kikaku',
    name: { ja: '産業デジタル推進課', en: 'Industrial Digitalisation Division' },
  },
  {
    id: 'sports',
    departmentId: 'kikaku',
    name: { ja: 'スポーツ振興課', en: 'Sports Promotion Division' },
  },
  { id: 'tokei', departmentId: 'kikaku', name: { ja: '統計課', en: 'Statistics Division' } },
  // 保健福祉部
  {
    id: 'kodomo-katei',
    departmentId: 'hoken-fukushi',
    name: { ja: '子ども・家庭支援課', en: 'Children and Family Support Division' },
  },
  {
    id: 'shogai-fukushi',
    departmentId: 'hoken-fukushi',
    name: { ja: '障害福祉課', en: 'Disability Welfare Division' },
  },
  {
    id: 'iryo-seisaku',
    departmentId: 'hoken-fukushi',
    name: { ja: '医療政策課', en: 'Medical Policy Division' },
  },
  {
    id: 'kenko-suishin',
    departmentId: 'hoken-fukushi',
    name: { ja: '健康推進課', en: 'Health Promotion Division' },
  },
  {
    id: 'kosodate',
    departmentId: 'hoken-fukushi',
    name: { ja: '子育て社会推進課', en: 'Child-Rearing Society Division' },
  },
  // 環境生活部
  {
    id: 'kyodo-sankaku',
    departmentId: 'kankyo-seikatsu',
    name: { ja: '共同参画社会推進課', en: 'Gender Equality Division' },
  },
  {
    id: 'saisei-energy',
    departmentId: 'kankyo-seikatsu',
    name: { ja: '再生可能エネルギー室', en: 'Renewable Energy Office' },
  },
  {
    id: 'haikibutsu',
    departmentId: 'kankyo-seikatsu',
    name: { ja: '廃棄物対策課', en: 'Waste Management Division' },
  },
  {
    id: 'junkan',
    departmentId: 'kankyo-seikatsu',
    name: { ja: '循環型社会推進課', en: 'Circular Society Division' },
  },
  {
    id: 'shohi-bunka',
    departmentId: 'kankyo-seikatsu',
    name: { ja: '消費生活・文化課', en: 'Consumer Affairs and Culture Division' },
  },
  {
    id: 'kankyo-taisaku',
    departmentId: 'kankyo-seikatsu',
    name: { ja: '環境対策課', en: 'Environmental Protection Division' },
  },
  // 経済商工観光部
  {
    id: 'chusho-kigyo',
    departmentId: 'keizai',
    name: { ja: '中小企業支援室', en: 'SME Support Office' },
  },
  {
    id: 'kokusai',
    departmentId: 'keizai',
    name: { ja: '国際政策課', en: 'International Policy Division' },
  },
  {
    id: 'fuken-miyagi',
    departmentId: 'keizai',
    name: { ja: '富県宮城推進室', en: 'Prosperous Miyagi Promotion Office' },
  },
  {
    id: 'shin-sangyo',
    departmentId: 'keizai',
    name: { ja: '新産業振興課', en: 'New Industry Promotion Division' },
  },
  {
    id: 'sangyo-jinzai',
    departmentId: 'keizai',
    name: { ja: '産業人材対策課', en: 'Industrial Human Resources Division' },
  },
  {
    id: 'jidosha',
    departmentId: 'keizai',
    name: { ja: '自動車産業振興室', en: 'Automotive Industry Office' },
  },
  {
    id: 'kanko-promotion',
    departmentId: 'keizai',
    name: { ja: '観光プロモーション推進室', en: 'Tourism Promotion Office' },
  },
  {
    id: 'kanko-senryaku',
    departmentId: 'keizai',
    name: { ja: '観光戦略課', en: 'Tourism Strategy Division' },
  },
  { id: 'koyo', departmentId: 'keizai', name: { ja: '雇用対策課', en: 'Employment Division' } },
  // 農政部
  { id: 'engei', departmentId: 'nosei', name: { ja: '園芸推進課', en: 'Horticulture Division' } },
  { id: 'chikusan', departmentId: 'nosei', name: { ja: '畜産課', en: 'Livestock Division' } },
  {
    id: 'nariwai',
    departmentId: 'nosei',
    name: { ja: '農山漁村なりわい課', en: 'Rural Livelihoods Division' },
  },
  {
    id: 'nogyo-shinko',
    departmentId: 'nosei',
    name: { ja: '農業振興課', en: 'Agricultural Promotion Division' },
  },
  {
    id: 'shoku-sangyo',
    departmentId: 'nosei',
    name: { ja: '食産業振興課', en: 'Food Industry Division' },
  },
  // 水産林政部
  {
    id: 'ringyo',
    departmentId: 'suisan-rinsei',
    name: { ja: '林業振興課', en: 'Forestry Promotion Division' },
  },
  {
    id: 'suisan-kiban',
    departmentId: 'suisan-rinsei',
    name: { ja: '水産業基盤整備課', en: 'Fisheries Infrastructure Division' },
  },
  {
    id: 'suisan-shinko',
    departmentId: 'suisan-rinsei',
    name: { ja: '水産業振興課', en: 'Fisheries Promotion Division' },
  },
  // 土木部
  {
    id: 'jigyo-kanri',
    departmentId: 'doboku',
    name: { ja: '事業管理課', en: 'Project Management Division' },
  },
  {
    id: 'doboku-somu',
    departmentId: 'doboku',
    name: { ja: '土木総務課', en: 'Civil Engineering General Affairs Division' },
  },
  { id: 'kasen', departmentId: 'doboku', name: { ja: '河川課', en: 'Rivers Division' } },
  { id: 'doro', departmentId: 'doboku', name: { ja: '道路課', en: 'Roads Division' } },
  {
    id: 'toshi-kankyo',
    departmentId: 'doboku',
    name: { ja: '都市環境課', en: 'Urban Environment Division' },
  },
  {
    id: 'bosai-sabo',
    departmentId: 'doboku',
    name: { ja: '防災砂防課', en: 'Disaster Prevention and Erosion Control Division' },
  },
  // 教育庁
  {
    id: 'kyoiku-kikaku',
    departmentId: 'kyoiku',
    name: { ja: '教育企画室', en: 'Education Planning Office' },
  },
  {
    id: 'kyoshokuin',
    departmentId: 'kyoiku',
    name: { ja: '教職員課（総合教育センター）', en: 'Teaching Staff Division (Education Centre)' },
  },
  {
    id: 'bunkazai-hakubutsukan',
    departmentId: 'kyoiku',
    name: {
      ja: '文化財課(東北歴史博物館)',
      en: 'Cultural Properties Division (Tohoku History Museum)',
    },
  },
  {
    id: 'bunkazai-tagajo',
    departmentId: 'kyoiku',
    name: {
      ja: '文化財課（多賀城跡調査研究所・東北歴史博物館）',
      en: 'Cultural Properties Division (Tagajo Site Research Institute and Tohoku History Museum)',
    },
  },
  {
    id: 'tokubetsu-shien',
    departmentId: 'kyoiku',
    name: { ja: '特別支援教育課', en: 'Special Needs Education Division' },
  },
  {
    id: 'shogai-gakushu',
    departmentId: 'kyoiku',
    name: { ja: '生涯学習課', en: 'Lifelong Learning Division' },
  },
  {
    id: 'gimu-kyoiku',
    departmentId: 'kyoiku',
    name: { ja: '義務教育課', en: 'Compulsory Education Division' },
  },
  {
    id: 'koko-kyoiku',
    departmentId: 'kyoiku',
    name: { ja: '高校教育課', en: 'High School Education Division' },
  },
  // 警察本部
  {
    id: 'cyber-crime',
    departmentId: 'keisatsu',
    name: { ja: 'サイバー犯罪対策課', en: 'Cybercrime Division' },
  },
  {
    id: 'kotsu-kisei',
    departmentId: 'keisatsu',
    name: { ja: '交通部交通規制課', en: 'Traffic Regulation Division' },
  },
  {
    id: 'unten-menkyo',
    departmentId: 'keisatsu',
    name: { ja: '交通部運転免許課', en: "Driver's Licence Division" },
  },
  {
    id: 'seikatsu-anzen',
    departmentId: 'keisatsu',
    name: { ja: '生活安全部生活安全企画課', en: 'Community Safety Planning Division' },
  },
  {
    id: 'koho-sodan',
    departmentId: 'keisatsu',
    name: { ja: '総務部広報相談課', en: 'Public Relations and Consultation Division' },
  },
  {
    id: 'joho-kanri',
    departmentId: 'keisatsu',
    name: { ja: '総務部情報管理課', en: 'Information Management Division' },
  },
  // 出納局
  { id: 'kaikei', departmentId: 'suito', name: { ja: '会計課', en: 'Accounting Division' } },
  { id: 'keiyaku', departmentId: 'suito', name: { ja: '契約課', en: 'Contracts Division' } },
  // 企業局
  {
    id: 'suido-keiei',
    departmentId: 'kigyo',
    name: { ja: '水道経営課', en: 'Water Supply Management Division' },
  },
  // 議会事務局
  {
    id: 'seimu-chosa',
    departmentId: 'gikai',
    name: { ja: '政務調査課', en: 'Policy Research Division' },
  },
];
