/**
 * How the headings of Miyagi's IT-policy programme list map to pillars and categories.
 * The source is a flat text with headings; which heading is a pillar and which a category
 * is a reviewed fact about this document, kept here beside the unit table.
 */
import type { SourceConfig } from './ingest-source';
import { MIYAGI_DEPARTMENTS, MIYAGI_SECTIONS } from './miyagi-units';

export const MIYAGI_R5_IT_CONFIG: SourceConfig = {
  titleHeading: 'みやぎ情報化推進ポリシー（2021～2024）関連施策（令和5年度）',
  pillars: [
    { id: 'd-citizen', heading: null, name: { ja: 'D for Citizen', en: 'D for Citizen' } },
    { id: 'd-local', heading: null, name: { ja: 'D for Local', en: 'D for Local' } },
    { id: 'd-business', heading: null, name: { ja: 'D for Business', en: 'D for Business' } },
    {
      id: 'foundation',
      heading: '目標達成の基盤となる取組',
      name: { ja: '目標達成の基盤となる取組', en: 'Foundations for reaching the goals' },
    },
  ],
  categories: [
    {
      id: 'citizen',
      pillarId: 'd-citizen',
      headingPrefix: 'D for Citizen',
      name: { ja: 'D for Citizen', en: 'D for Citizen' },
      subtitle: {
        ja: '最適化による県民サービスの向上',
        en: 'Better services for residents through optimisation',
      },
    },
    {
      id: 'local',
      pillarId: 'd-local',
      headingPrefix: 'D for Local',
      name: { ja: 'D for Local', en: 'D for Local' },
      subtitle: {
        ja: '地域の課題解決と活力の創出',
        en: 'Solving local problems and creating vitality',
      },
    },
    {
      id: 'business',
      pillarId: 'd-business',
      headingPrefix: 'D for Business',
      name: { ja: 'D for Business', en: 'D for Business' },
      subtitle: {
        ja: 'デジタル化による働き方改革の推進',
        en: 'Reforming how people work through digitalisation',
      },
    },
    {
      id: 'municipal',
      pillarId: 'foundation',
      headingPrefix: '市町村の情報化への支援',
      name: { ja: '市町村の情報化への支援', en: 'Support for municipal digitalisation' },
    },
    {
      id: 'administration',
      pillarId: 'foundation',
      headingPrefix: '県行政の情報化への基盤整備',
      name: {
        ja: '県行政の情報化への基盤整備',
        en: "Digital infrastructure for the prefecture's administration",
      },
    },
  ],
  departments: MIYAGI_DEPARTMENTS,
  sections: MIYAGI_SECTIONS,
};
